namespace Flexo.Cli;

/// <summary>The process exit codes, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Everything went fine: no errors (warnings allowed unless <c>--warnaserror</c>).</summary>
    public const int Success = 0;

    /// <summary>The input has errors, or (<c>fmt --check</c>) some file is not formatted.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong: unknown option, missing argument, path not found.</summary>
    public const int Usage = 2;

    /// <summary>A bug in Flexo: an unexpected exception.</summary>
    public const int InternalError = 3;
}

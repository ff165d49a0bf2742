using System.CommandLine;

namespace Flexo.Cli.Commands;

/// <summary>One verb of the <c>flexo</c> tool: builds its System.CommandLine definition, bound to its action.</summary>
internal interface ICliCommand
{
    /// <summary>The command definition (name, arguments, options, action returning the exit code).</summary>
    Command Create();
}

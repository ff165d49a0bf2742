namespace Flexo.Fml.Scripts;

/// <summary>The directives of the script language (FML.md §8.5). The host implements them; the core only parses them.</summary>
public enum ScriptDirectiveKind
{
    /// <summary><c>help</c></summary>
    Help,

    /// <summary><c>history</c></summary>
    History,

    /// <summary><c>pwd</c></summary>
    Pwd,

    /// <summary><c>ls [path]</c></summary>
    Ls,

    /// <summary><c>cd path</c></summary>
    Cd,

    /// <summary><c>execute file</c></summary>
    Execute,

    /// <summary><c>services</c></summary>
    Services,

    /// <summary><c>service Service operation [args...]</c></summary>
    Service,

    /// <summary><c>activate TA</c></summary>
    Activate,

    /// <summary><c>resources [args...]</c></summary>
    Resources,

    /// <summary><c>[x =] load file</c> or <c>[x =] load -r [uri]</c></summary>
    Load,

    /// <summary><c>[x =] open project</c> or <c>[x =] open -r [uri]</c></summary>
    Open,

    /// <summary><c>more [expression | -r [uri] | -f path]</c></summary>
    More,

    /// <summary><c>[x =] enter expression | -r [uri] | -f path</c></summary>
    Enter,

    /// <summary><c>exit</c></summary>
    Exit,

    /// <summary><c>quit</c></summary>
    Quit,

    /// <summary><c>save expr;</c>: saves a model instance as a <c>.fml.rt</c> folder in the working directory (a Flexo addition).</summary>
    Save,
}

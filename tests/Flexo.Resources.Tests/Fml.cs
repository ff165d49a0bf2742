namespace Flexo.Resources.Tests;

/// <summary>Small FML texts used by the tests.</summary>
public static class Fml
{
    /// <summary>A valid model named <paramref name="name"/>.</summary>
    public static string Model(string name) => $"model {name} {{\n}}\n";

    /// <summary>A valid model importing <paramref name="uri"/>.</summary>
    public static string Importing(string name, string uri) => $"import [\"{uri}\"];\nmodel {name} {{\n}}\n";

    /// <summary>One syntax error (FML1012).</summary>
    public const string OneError = "model Bad {\n\tString greeting = ;\n}\n";
}

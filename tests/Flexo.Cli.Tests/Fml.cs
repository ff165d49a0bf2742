namespace Flexo.Cli.Tests;

/// <summary>Small FML texts used by the tests.</summary>
public static class Fml
{
    /// <summary>A valid model.</summary>
    public const string Valid = "model Hello {\n\tString greeting = \"hello\";\n}\n";

    /// <summary>One syntax error: an expression is missing at line 2, column 20 (FML1012).</summary>
    public const string OneError = "model Bad {\n\tString greeting = ;\n}\n";

    /// <summary>Valid, with two header-order warnings (FML1032) on lines 2 and 3 (the import is used).</summary>
    public const string TwoWarnings =
        "import java.util.Date;\nuse org.openflexo.foundation.fml.rt.FMLRTModelSlot as FMLRT;\nnamespace \"http://x\" as X;\nmodel M {\n\tDate since;\n}\n";

    /// <summary>Syntactically valid, with one semantic error: the unknown type 'Warehouse' at line 2, column 2 (FML2001).</summary>
    public const string UnknownType = "model Shop {\n\tWarehouse spare;\n}\n";
}

using Flexo.Fml.Diagnostics;
using Flexo.Fml.Text;

namespace Flexo.Fml.Scripts;

/// <summary>
/// The catalogue of script diagnostics (codes <c>FML6xxx</c>): FML6001-FML6019 for the script syntax, FML6020-FML6049
/// for fragments bound outside a behaviour body. One factory per diagnostic, codes never reused; docs/diagnostics.md
/// lists them with examples. Inside an FML command, the parser's own diagnostics (FML1xxx) and the checker's
/// (FML2xxx) apply as in a behaviour body.
/// </summary>
public static class ScriptErrors
{
    /// <summary>FML6001: a word followed by arguments that is no directive.</summary>
    public static Diagnostic UnknownDirective(TextSpan span, string word) =>
        Error("FML6001", span, $"Unknown directive '{Shorten(word)}'; the directives are {DirectiveTable.NameList}.");

    /// <summary>FML6002: a command not terminated by ';'.</summary>
    public static Diagnostic SemicolonExpected(TextSpan span, string? found) =>
        Error("FML6002", span, found is null
            ? "';' expected: every command ends with ';'."
            : $"';' expected after the command, found {found}.");

    /// <summary>FML6003: a directive without an argument it needs.</summary>
    public static Diagnostic MissingDirectiveArgument(TextSpan span, string directive, string usage) =>
        Error("FML6003", span, $"'{directive}' needs more arguments: {usage}");

    /// <summary>FML6004: a directive with more arguments than it takes.</summary>
    public static Diagnostic TooManyDirectiveArguments(TextSpan span, string directive, string usage) =>
        Error("FML6004", span, $"Too many arguments for '{directive}': {usage}");

    /// <summary>FML6005: a quoted argument without its closing quote on the same line.</summary>
    public static Diagnostic UnterminatedQuotedArgument(TextSpan span, char quote) =>
        Error("FML6005", span, $"Unterminated quoted argument: a '{quote}' is missing before the end of the line.");

    /// <summary>FML6006: a statement (if, while, for, do, return, a block...) written as a command.</summary>
    public static Diagnostic StatementNotACommand(TextSpan span, string word) =>
        Error("FML6006", span, $"'{word}' starts a statement, and statements are not script commands: a script is a sequence "
            + "of expressions, FML actions, assertions and directives, each ending with ';'.");

    /// <summary>FML6007: a declaration (of a local variable, or of a unit: model, concept, import...) written as a command.</summary>
    public static Diagnostic DeclarationNotACommand(TextSpan span, string? variable) =>
        Error("FML6007", span, variable is null
            ? "Declarations are not script commands: declare models and concepts in .fml files, and use them from the script."
            : $"Declarations are not script commands; write '{Shorten(variable)} = value;' to create a script variable.");

    /// <summary>FML6008: a directive that gives no value, assigned to a variable.</summary>
    public static Diagnostic DirectiveNotAssignable(TextSpan span, string directive) =>
        Error("FML6008", span, $"'{directive}' gives no value: only load, open and enter can be assigned to a variable.");

    /// <summary>FML6009: a fragment with more than one expression.</summary>
    public static Diagnostic OneExpressionExpected(TextSpan span, string found) =>
        Error("FML6009", span, $"One expression expected; found {found} after it.");

    /// <summary>FML6020: <c>this</c>, <c>container</c> or <c>super</c> where there is no current instance.</summary>
    public static Diagnostic NoCurrentInstance(TextSpan span, string word) =>
        Error("FML6020", span, $"'{word}' means nothing here: a script runs outside any concept, so there is no current instance.");

    /// <summary>FML6021: a simple name that several models declare, in a script.</summary>
    public static Diagnostic AmbiguousName(TextSpan span, string name, string candidates) =>
        Error("FML6021", span, $"Ambiguous name '{name}': it may be {candidates}; write the model's name before it (Model.{name}).");

    /// <summary>FML6022: <c>new C(...)</c> of a concept in a script, without the instance that will contain it.</summary>
    public static Diagnostic NewWithoutContainer(TextSpan span, string concept) =>
        Error("FML6022", span, $"In a script, a new '{concept}' needs the instance that will contain it: write 'vmi.new {concept}(...)'.");

    /// <summary>FML6023: <c>x = e</c> where <c>e</c> gives no value.</summary>
    public static Diagnostic NothingToAssign(TextSpan span, string variable) =>
        Error("FML6023", span, $"Nothing to assign to '{variable}': the expression gives no value.");

    private static Diagnostic Error(string code, TextSpan span, string message) =>
        new(code, DiagnosticSeverity.Error, span, message);

    internal static string Shorten(string text) => text.Length > 40 ? text[..37] + "..." : text;
}

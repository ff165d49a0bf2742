using Flexo.Fml.Syntax;

namespace Flexo.Fml.Formatting;

/// <summary>
/// Prints the normalized form of an FML file (tabs, header order, member order, spacing, parentheses), keeping
/// comments. Idempotent, and faithful: the formatted text parses to the same structure (docs/formatting.md lists the
/// rules and the few normalizations that change the tree: redundant parentheses, braces around single statements,
/// stray semicolons, member and header order, modifier order, <c>...</c> cardinalities, <c>with Kind</c> without
/// arguments).
/// </summary>
/// <remarks>
/// The formatter works on syntax only. Unlike the reference implementation's normalizer, which prints a model it has
/// resolved, it knows no types: it does not add the Java imports a file relies on implicitly (<c>import java.lang.String;</c>),
/// does not rewrite <c>Foo x;</c> into <c>Foo x with ConceptInstance();</c> or <c>MyVM vm;</c> into
/// <c>MyVM vm with ModelInstance();</c>, does not print inferred return types of behaviours, and keeps cardinalities
/// such as <c>[1,1]</c> or <c>[2,8]</c> as written. It keeps comments, which the reference normalizer drops.
/// </remarks>
public static class FmlFormatter
{
    /// <summary>
    /// Formats <paramref name="tree"/> (with the nesting limit it was parsed with). Throws <see cref="InvalidOperationException"/> when the tree has syntax
    /// errors: a file that does not parse is never reformatted.
    /// </summary>
    public static string Format(SyntaxTree tree) => Format(tree, tree?.Options ?? ParseOptions.Default, out _);

    /// <summary>
    /// Formats <paramref name="tree"/>, parsed with <paramref name="options"/>: the result parses under the same options.
    /// (Only the nesting limit matters: a tree nested close to it is printed with its parentheses and braces as written
    /// when the normalized form would nest deeper than the limit.) Internal so that <c>Format</c> stays one method.
    /// </summary>
    internal static string Format(SyntaxTree tree, ParseOptions options) => Format(tree, options, out _);

    /// <summary>Formats and reports how many comments the printer missed and had to append at the end (tests: 0).</summary>
    internal static string Format(SyntaxTree tree, out int orphanComments) => Format(tree, tree?.Options ?? ParseOptions.Default, out orphanComments);

    private static string Format(SyntaxTree tree, ParseOptions options, out int orphanComments)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(options);
        if (tree.HasErrors)
        {
            throw new InvalidOperationException("A file with syntax errors cannot be formatted.");
        }

        return FmlPrinter.Print(tree.Root, options, out orphanComments);
    }
}

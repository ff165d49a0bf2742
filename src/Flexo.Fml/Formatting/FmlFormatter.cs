using Flexo.Fml.Syntax;

namespace Flexo.Fml.Formatting;

/// <summary>
/// Prints the normalized form of an FML file (tabs, header order, member order, spacing), keeping comments.
/// Idempotent, and faithful: the formatted text parses to the same structure.
/// </summary>
public static class FmlFormatter
{
    /// <summary>
    /// Formats <paramref name="tree"/>. Throws <see cref="InvalidOperationException"/> when the tree has syntax
    /// errors: a file that does not parse is never reformatted.
    /// </summary>
    public static string Format(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (tree.HasErrors)
        {
            throw new InvalidOperationException("A file with syntax errors cannot be formatted.");
        }

        return tree.ToFullString();
    }
}

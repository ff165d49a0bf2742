using System.Text;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Formatting;

/// <summary>One element of a group of comment lines: a line of comments, or a blank line.</summary>
internal readonly record struct CommentLine(string? Text, string OriginalIndent)
{
    /// <summary>A blank line.</summary>
    public static CommentLine Blank { get; } = new(null, string.Empty);

    /// <summary>True for a blank line.</summary>
    public bool IsBlank => Text is null;
}

/// <summary>The comments of a token's leading trivia, split by where they stood.</summary>
internal sealed class LeadingComments
{
    public static LeadingComments Empty { get; } = new(false, [], []);

    public static LeadingComments BlankLine { get; } = new(true, [], []);

    public LeadingComments(bool blankLineBefore, List<CommentLine> lines, List<string> inline)
    {
        BlankLineBefore = blankLineBefore;
        Lines = lines;
        Inline = inline;
    }

    /// <summary>True when a blank line separates the previous token's line from the first comment (or the token).</summary>
    public bool BlankLineBefore { get; }

    /// <summary>
    /// Comment lines standing on their own lines before the token, in order; blank lines between them, or between
    /// the last of them and the token, are kept as <see cref="CommentLine.Blank"/> entries (never two in a row).
    /// </summary>
    public List<CommentLine> Lines { get; }

    /// <summary>Block comments on the token's own line, before it.</summary>
    public List<string> Inline { get; }

    public bool IsEmpty => !BlankLineBefore && Lines.Count == 0 && Inline.Count == 0;
}

/// <summary>Reads the comments out of trivia lists (see docs/formatting.md, "Comments").</summary>
internal static class CommentLayout
{
    /// <summary>
    /// Splits leading trivia into lines. Leading trivia always starts at the beginning of a line (the previous token's
    /// trailing trivia runs up to and including its line break), so every complete line of it either holds comments
    /// (an own-line comment line) or is blank; the last, incomplete line holds the comments written before the token.
    /// </summary>
    public static LeadingComments ReadLeading(SyntaxToken token)
    {
        if (!token.HasLeadingTrivia)
        {
            return LeadingComments.Empty;
        }

        // Fast path (most tokens): no comment, so only a line break matters, and any line break in leading trivia
        // ends a blank line (leading trivia starts at the beginning of a line).
        var text = token.Source.AsSpan(token.FullSpan.Start, token.Span.Start - token.FullSpan.Start);
        if (!text.Contains('/'))
        {
            return text.IndexOfAny('\n', '\r') >= 0 ? LeadingComments.BlankLine : LeadingComments.Empty;
        }

        var trivia = token.LeadingTrivia;
        var blankBefore = false;
        var lines = new List<CommentLine>();
        List<string>? lineComments = null;
        var lineIndent = string.Empty;
        var atLineStart = true;
        foreach (var item in trivia)
        {
            switch (item.Kind)
            {
                case SyntaxKind.WhitespaceTrivia:
                    if (atLineStart && lineComments is null)
                    {
                        lineIndent = item.Text;
                    }

                    break;
                case SyntaxKind.EndOfLineTrivia:
                    if (lineComments is null)
                    {
                        if (lines.Count == 0)
                        {
                            blankBefore = true;
                        }
                        else if (!lines[^1].IsBlank)
                        {
                            lines.Add(CommentLine.Blank);
                        }
                    }
                    else
                    {
                        lines.Add(new CommentLine(string.Join(' ', lineComments), lineIndent));
                        lineComments = null;
                    }

                    lineIndent = string.Empty;
                    atLineStart = true;
                    break;
                default:
                    if (SyntaxFacts.IsComment(item.Kind))
                    {
                        (lineComments ??= []).Add(NormalizeNewLines(item.Text));
                        atLineStart = false;
                    }

                    break;
            }
        }

        return new LeadingComments(blankBefore, lines, lineComments ?? []);
    }

    /// <summary>The comments of a token's trailing trivia (all on the token's line), in order.</summary>
    public static List<string>? ReadTrailing(SyntaxToken token)
    {
        if (!token.HasTrailingTrivia || !token.Source.AsSpan(token.Span.End, token.FullSpan.End - token.Span.End).Contains('/'))
        {
            return null;
        }

        List<string>? comments = null;
        foreach (var item in token.TrailingTrivia)
        {
            if (item.IsComment)
            {
                (comments ??= []).Add(NormalizeNewLines(item.Text));
            }
        }

        return comments;
    }

    /// <summary>True for a <c>// ...</c> comment (it must end its line).</summary>
    public static bool IsLineComment(string comment) => comment.StartsWith("//", StringComparison.Ordinal);

    /// <summary>Line breaks inside block comments are written as <c>\n</c> like every other line break.</summary>
    public static string NormalizeNewLines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>
    /// Re-indents the continuation lines of a comment that stands on its own line: the indentation the comment had in
    /// the source is removed from each continuation line (as far as it is there) and <paramref name="newIndent"/> is put
    /// in its place, so that a block comment moves with the code it documents. Idempotent by construction.
    /// </summary>
    public static string Rebase(string text, string originalIndent, string newIndent)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        var builder = new StringBuilder(text.Length + (lines.Length * newIndent.Length));
        builder.Append(lines[0]);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var strip = 0;
            while (strip < line.Length && strip < originalIndent.Length && (line[strip] == ' ' || line[strip] == '\t'))
            {
                strip++;
            }

            var rest = line[strip..];
            builder.Append('\n');
            if (rest.Length > 0)
            {
                builder.Append(newIndent).Append(rest);
            }
        }

        return builder.ToString();
    }
}

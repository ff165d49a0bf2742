using System.Text;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Formatting;

/// <summary>
/// Line-buffered output of the formatter. The printer decides where lines break and where spaces go; the writer
/// carries the comments of every source token to the right place:
/// <list type="bullet">
/// <item>comments on their own lines before a token that starts an output line are printed before that line, at its
/// indentation (blank lines between them are kept, at most one);</item>
/// <item>block comments on the same line as a token stay inline, with one space on each side;</item>
/// <item>a <c>// comment</c> after a token stays at the end of the output line, unless more code follows on that
/// line: then it moves to its own line above the line (as do own-line comments found in the middle of a line), so
/// that it never swallows code.</item>
/// </list>
/// Every token of the tree must go through <see cref="Token(SyntaxToken, string?)"/> or <see cref="Skip"/> once.
/// </summary>
internal sealed class FormatWriter
{
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _line = new();
    private readonly List<CommentLine> _before = [];
    private readonly HashSet<SyntaxToken> _visited = new();
    private readonly HashSet<SyntaxToken> _leadingDone = new();
    private string? _endOfLineComment;
    private int _pendingSpaces;
    private bool _lastWasComment;
    private bool _blankLineRequested;
    private bool _allowUserBlankLine;
    private bool _lineClosesBlock;
    private bool _lineHasCode;
    private int _lineIndent;

    /// <summary>Indentation level (in tabs) of the lines started from now on.</summary>
    public int Indent { get; set; }

    /// <summary>Tokens written or skipped so far.</summary>
    public IReadOnlySet<SyntaxToken> Visited => _visited;

    private bool LineHasContent => _line.Length > 0;

    /// <summary>Writes a token (with <paramref name="text"/> in place of its own text when given) and its comments.</summary>
    public void Token(SyntaxToken token, string? text = null)
    {
        Leading(token);
        Write(text ?? token.Text, displaceComment: true);
        Trailing(token);
        _visited.Add(token);
    }

    /// <summary>Drops a token the normalized form does not print (redundant parentheses, stray semicolons), keeping its comments.</summary>
    public void Skip(SyntaxToken token)
    {
        Leading(token);
        Trailing(token);
        _visited.Add(token);
    }

    /// <summary>Writes text that stands for no source token (added parentheses, braces, semicolons).</summary>
    public void Text(string text) => Write(text, displaceComment: true);

    /// <summary>
    /// Writes text that stands for no source token and leaves a pending end-of-line comment where it is: used for an
    /// added <c>{</c> or <c>;</c> that ends a line, so that <c>if (c) // note</c> becomes <c>if (c) { // note</c>.
    /// </summary>
    public void TextBeforeLineEnd(string text) => Write(text, displaceComment: false);

    /// <summary>Asks for one space before the next text on this line.</summary>
    public void Space() => _pendingSpaces = Math.Max(_pendingSpaces, 1);

    /// <summary>
    /// Asks for <paramref name="count"/> spaces before the next text (the two spaces of a get/set property header); a
    /// comment in the gap has one space on each side instead, wherever it came from.
    /// </summary>
    public void Spaces(int count) => _pendingSpaces = Math.Max(_pendingSpaces, _lastWasComment ? 1 : count);

    /// <summary>Asks for a blank line before the next line (several requests make one blank line).</summary>
    public void BlankLine() => _blankLineRequested = true;

    /// <summary>The next line may keep one blank line the source had before it.</summary>
    public void AllowBlankLineFromSource() => _allowUserBlankLine = true;

    /// <summary>Ends the current line (nothing happens when the line is empty and no comment waits).</summary>
    public void EndLine()
    {
        var hasContent = LineHasContent;
        if (!hasContent && _before.Count == 0 && _endOfLineComment is null)
        {
            _allowUserBlankLine = false;
            return;
        }

        var indent = hasContent ? _lineIndent : Indent;
        var commentIndent = Tabs(indent + (_lineClosesBlock ? 1 : 0));
        if (_blankLineRequested && _output.Length > 0)
        {
            _output.Append('\n');
        }

        _blankLineRequested = false;
        var lastWasBlank = true; // no blank line right after another one
        for (var i = 0; i < _before.Count; i++)
        {
            var item = _before[i];
            if (item.IsBlank)
            {
                if (lastWasBlank)
                {
                    continue;
                }

                if (i == _before.Count - 1 && !hasContent && _endOfLineComment is null)
                {
                    // A blank line after the last comment of a group that has no line of its own: kept for the next line.
                    _blankLineRequested = true;
                    continue;
                }

                _output.Append('\n');
                lastWasBlank = true;
                continue;
            }

            _output.Append(commentIndent).Append(CommentLayout.Rebase(item.Text!, item.OriginalIndent, commentIndent)).Append('\n');
            lastWasBlank = false;
        }

        if (hasContent)
        {
            var lineText = _line.ToString();
            if (!_lineHasCode)
            {
                // A line of comments only (those of a dropped token) is read back as comments on their own line, whose
                // continuation lines get re-indented: do it now, so that the next pass finds nothing to change.
                lineText = CommentLayout.Rebase(lineText, string.Empty, Tabs(indent));
            }

            _output.Append(Tabs(indent)).Append(lineText);
            if (_endOfLineComment is not null)
            {
                _output.Append(' ').Append(_endOfLineComment);
            }

            _output.Append('\n');
        }
        else if (_endOfLineComment is not null)
        {
            _output.Append(commentIndent).Append(_endOfLineComment).Append('\n');
        }

        _before.Clear();
        _line.Clear();
        _endOfLineComment = null;
        _pendingSpaces = 0;
        _lastWasComment = false;
        _lineClosesBlock = false;
        _lineHasCode = false;
        _allowUserBlankLine = false;
    }

    /// <summary>
    /// Closes a brace (or the parenthesis of a multi-line annotation): ends the current line, prints the comments that
    /// stood on their own lines before <paramref name="close"/> inside the block (at the current, inner indentation),
    /// then writes the closing token one level out. A line that starts with a closing brace puts comments that must
    /// move above it inside the block as well, since that is where they belong once the file is read again.
    /// </summary>
    public void CloseBlock(SyntaxToken? close, string text = "}")
    {
        EndLine();
        _blankLineRequested = false;
        if (close is not null)
        {
            var leading = CommentLayout.ReadLeading(close);
            var first = leading.Lines.FindIndex(l => !l.IsBlank);
            var last = leading.Lines.FindLastIndex(l => !l.IsBlank);
            if (first >= 0)
            {
                _before.AddRange(leading.Lines.GetRange(first, last - first + 1));
                EndLine();
            }

            _leadingDone.Add(close);
        }

        Indent--;
        _lineClosesBlock = true;
        if (close is not null)
        {
            Token(close, text);
        }
        else
        {
            Text(text);
        }
    }

    /// <summary>
    /// Prints the comments that open the file (before its first token) right away, whatever declaration comes first in
    /// the normalized order.
    /// </summary>
    public void FileHeaderComments(SyntaxToken first)
    {
        var leading = CommentLayout.ReadLeading(first);
        if (leading.Lines.Count > 0)
        {
            _before.AddRange(leading.Lines);
            EndLine();
        }

        _leadingDone.Add(first);
    }

    /// <summary>The formatted text; the last line is ended.</summary>
    public string GetText()
    {
        EndLine();
        return _output.ToString();
    }

    private void Leading(SyntaxToken token)
    {
        if (!token.HasLeadingTrivia)
        {
            return;
        }

        var leading = CommentLayout.ReadLeading(token);
        var done = _leadingDone.Contains(token);
        if (leading.IsEmpty || (done && leading.Inline.Count == 0))
        {
            return;
        }

        if (!done)
        {
            if (!LineHasContent)
            {
                if (leading.BlankLineBefore && _allowUserBlankLine)
                {
                    if (_before.Count == 0 && _endOfLineComment is null)
                    {
                        _blankLineRequested = true;
                    }
                    else
                    {
                        DisplaceEndOfLineComment();
                        _before.Add(CommentLine.Blank);
                    }
                }

                if (leading.Lines.Count > 0)
                {
                    DisplaceEndOfLineComment();
                    _before.AddRange(leading.Lines);
                }
            }
            else if (leading.Lines.Count > 0)
            {
                // Comments that stood on their own lines in the middle of what is now one line: above the line.
                DisplaceEndOfLineComment();
                foreach (var line in leading.Lines)
                {
                    if (!line.IsBlank)
                    {
                        _before.Add(line);
                    }
                }
            }
        }

        foreach (var comment in leading.Inline)
        {
            InlineComment(comment);
        }
    }

    private void Trailing(SyntaxToken token)
    {
        var comments = CommentLayout.ReadTrailing(token);
        if (comments is null)
        {
            return;
        }

        foreach (var comment in comments)
        {
            if (CommentLayout.IsLineComment(comment))
            {
                DisplaceEndOfLineComment();
                _endOfLineComment = comment;
            }
            else
            {
                InlineComment(comment);
            }
        }
    }

    private void InlineComment(string comment)
    {
        DisplaceEndOfLineComment();
        if (!LineHasContent)
        {
            _lineIndent = Indent;
        }
        else if (_line[^1] != ' ')
        {
            _line.Append(' ');
        }

        _line.Append(comment);
        _pendingSpaces = 1;
        _lastWasComment = true;
    }

    private void Write(string text, bool displaceComment)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (displaceComment)
        {
            DisplaceEndOfLineComment();
        }

        if (!LineHasContent)
        {
            _lineIndent = Indent;
        }
        else if (_pendingSpaces > 0 && _line[^1] != ' ')
        {
            _line.Append(' ', _lastWasComment ? 1 : _pendingSpaces);
        }

        _pendingSpaces = 0;
        _lastWasComment = false;
        _line.Append(text);
        _lineHasCode = true;
    }

    /// <summary>A <c>// comment</c> cannot stay where code follows on the same line: it goes above the line.</summary>
    private void DisplaceEndOfLineComment()
    {
        if (_endOfLineComment is not null)
        {
            _before.Add(new CommentLine(_endOfLineComment, string.Empty));
            _endOfLineComment = null;
        }
    }

    private static readonly string[] s_tabs = [.. Enumerable.Range(0, 16).Select(i => new string('\t', i))];

    private static string Tabs(int level) => level <= 0 ? string.Empty : level < s_tabs.Length ? s_tabs[level] : new string('\t', level);
}

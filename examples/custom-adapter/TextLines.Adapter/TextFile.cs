using System.Text;

namespace TextLines.Adapter;

/// <summary>A text file as a list of lines (FML type <c>XXText</c>); saved atomically, and only when it changed.</summary>
public sealed class TextFile
{
    private readonly List<TextLine> _lines;
    private readonly string _original;

    private TextFile(string path, string content)
    {
        Path = path;
        _original = content;
        _lines = [.. Split(content).Select(l => new TextLine(this, l))];
    }

    /// <summary>The absolute path.</summary>
    public string Path { get; }

    /// <summary>The lines.</summary>
    public IReadOnlyList<TextLine> Lines => _lines;

    /// <summary>The file's URI.</summary>
    public string Uri => new Uri(Path).AbsoluteUri;

    /// <summary>Reads a file.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The file.</returns>
    public static TextFile Open(string path) => new(path, File.ReadAllText(path, Encoding.UTF8));

    /// <summary>Creates an empty file.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The file.</returns>
    public static TextFile Create(string path)
    {
        using (new FileStream(path, FileMode.CreateNew))
        {
        }

        return new TextFile(path, string.Empty);
    }

    /// <summary>Appends a line.</summary>
    /// <param name="text">Its text.</param>
    /// <returns>The new line.</returns>
    public TextLine Add(string text)
    {
        var line = new TextLine(this, text);
        _lines.Add(line);
        return line;
    }

    /// <summary>The line at a position, or null.</summary>
    /// <param name="index">From 0.</param>
    /// <returns>The line, or null.</returns>
    public TextLine? At(int index) => index >= 0 && index < _lines.Count ? _lines[index] : null;

    /// <summary>The position of a line.</summary>
    /// <param name="line">The line.</param>
    /// <returns>Its index, or -1.</returns>
    public int IndexOf(TextLine line) => _lines.IndexOf(line);

    /// <summary>Writes the file when its text changed (through a temporary file and a rename).</summary>
    public void Save()
    {
        var text = string.Concat(_lines.Select(l => l.Text + "\n"));
        if (text == _original)
        {
            return;
        }

        var temp = Path + ".tmp";
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, Path, overwrite: true);
    }

    private static IEnumerable<string> Split(string content) =>
        content.Length == 0 ? [] : content.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd('\r'));
}

/// <summary>One line of a text file (FML type <c>XXLine</c>).</summary>
public sealed class TextLine
{
    internal TextLine(TextFile file, string text)
    {
        File = file;
        Text = text;
    }

    /// <summary>The file.</summary>
    public TextFile File { get; }

    /// <summary>The text.</summary>
    public string Text { get; set; }

    /// <summary>The line's URI: the file's, then <c>#line=</c> and its position.</summary>
    public string Uri => File.Uri + "#line=" + File.IndexOf(this);
}

using System.Xml;
using System.Xml.Linq;

namespace Flexo.Persistence;

/// <summary>A place in a file: the file and a 1-based line and column.</summary>
internal readonly record struct XmlPosition(string File, int Line, int Column)
{
    /// <summary>The start of a file.</summary>
    public static XmlPosition Start(string file) => new(file, 1, 1);

    /// <summary>Where an element or attribute was read (the start of the file when the reader kept no position).</summary>
    public static XmlPosition Of(string file, XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? new(file, info.LineNumber, info.LinePosition) : Start(file);
}

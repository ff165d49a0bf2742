using System.Xml;

namespace Flexo.Persistence;

/// <summary>What XML 1.0 can hold: a text with a character outside the XML character range cannot be written.</summary>
internal static class XmlText
{
    /// <summary>The index of the first character XML 1.0 cannot hold (a control character, a lone surrogate), or -1.</summary>
    public static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>Why a text cannot be written, or null when it can.</summary>
    public static string? Problem(string text)
    {
        var index = FirstInvalid(text);
        return index < 0
            ? null
            : $"character U+{(int)text[index]:X4} at index {index} cannot be written in XML";
    }
}

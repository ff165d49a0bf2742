using System.Text;

namespace Flexo.Resources;

/// <summary>
/// How resource URIs are computed (FML.md §6.1; the rules are documented in docs/resource-centers.md).
/// URIs are compared as plain strings, so these functions are exact about slashes.
/// </summary>
public static class ResourceUris
{
    /// <summary>
    /// Appends a relative path to a base URI with exactly one <c>/</c> between them: one trailing <c>/</c> of
    /// <paramref name="baseUri"/> is dropped, the relative path is appended as it is written on disk (not
    /// percent-encoded, as Openflexo does), with <c>/</c> separators.
    /// </summary>
    public static string Combine(string baseUri, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentNullException.ThrowIfNull(relativePath);
        var left = baseUri.EndsWith('/') ? baseUri[..^1] : baseUri;
        var right = relativePath.Replace('\\', '/').TrimStart('/');
        return right.Length == 0 ? left : left + "/" + right;
    }

    /// <summary>
    /// The URI of a model contained in the model whose URI is <paramref name="containerUri"/>:
    /// <c>&lt;container URI&gt;/&lt;Name&gt;.fml</c>.
    /// </summary>
    public static string Contained(string containerUri, string folderName) => Combine(containerUri, folderName);

    /// <summary>
    /// The default base URI of a resource center without a marker file: the <c>file://</c> URI of its folder, with
    /// every path segment percent-encoded (so it never contains spaces, <c>@</c>, <c>#</c>, <c>?</c> or non-ASCII
    /// letters) and no trailing slash: <c>/home/me/My Models</c> gives <c>file:///home/me/My%20Models</c>,
    /// <c>C:\Models</c> gives <c>file:///C:/Models</c>.
    /// </summary>
    public static string DefaultBaseUri(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var segments = full.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder("file://");
        for (var i = 0; i < segments.Length; i++)
        {
            builder.Append('/');
            var segment = segments[i];
            var isDrive = i == 0 && segment.Length == 2 && segment[1] == ':' && char.IsAsciiLetter(segment[0]);
            builder.Append(isDrive ? segment : Uri.EscapeDataString(segment));
        }

        if (segments.Length == 0)
        {
            builder.Append('/');
        }

        return builder.ToString();
    }
}

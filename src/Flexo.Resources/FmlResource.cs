namespace Flexo.Resources;

/// <summary>How an FML compilation unit is stored.</summary>
public enum ResourceLayout
{
    /// <summary>Openflexo's layout: a folder <c>X.fml/</c> whose source text is <c>X.fml/X.fml</c>.</summary>
    Folder,

    /// <summary>A plain file <c>X.fml</c>, outside that layout.</summary>
    File,
}

/// <summary>
/// One FML compilation unit of a resource center. <see cref="ResourceCenterEntry.RelativePath"/> and
/// <see cref="ResourceCenterEntry.FullPath"/> name the resource itself (the <c>X.fml/</c> folder, or the plain file);
/// <see cref="SourceRelativePath"/> and <see cref="SourceFullPath"/> name the file holding the text.
/// </summary>
/// <param name="RelativePath">The resource, relative to the resource center root: <c>Library.fml</c>, <c>Library.fml/Loans.fml</c>, <c>misc/Hello.fml</c>.</param>
/// <param name="FullPath">The absolute path of the resource.</param>
/// <param name="SourceRelativePath">The source file, relative to the root: <c>Library.fml/Library.fml</c>.</param>
/// <param name="SourceFullPath">The absolute path of the source file.</param>
/// <param name="Name">The model's name as the layout gives it: the folder or file name without <c>.fml</c>.</param>
/// <param name="Layout">Folder layout or plain file.</param>
/// <param name="Uri">
/// The computed URI: <c>&lt;base URI&gt;/&lt;relative path&gt;</c> for a top-level unit,
/// <c>&lt;container URI&gt;/&lt;Name&gt;.fml</c> for a contained model. An <c>@URI</c> annotation in the text takes
/// precedence for top-level units; that is decided by the semantic layer, which reads the text.
/// </param>
/// <param name="ContainerRelativePath">For a contained model, the relative path of its container resource (<c>Library.fml</c>); null otherwise.</param>
public sealed record FmlResource(
    string RelativePath,
    string FullPath,
    string SourceRelativePath,
    string SourceFullPath,
    string Name,
    ResourceLayout Layout,
    string Uri,
    string? ContainerRelativePath) : ResourceCenterEntry(RelativePath, FullPath)
{
    /// <summary>True for a model contained in another model (a <c>.fml</c> folder inside a <c>.fml</c> folder).</summary>
    public bool IsContained => ContainerRelativePath is not null;
}

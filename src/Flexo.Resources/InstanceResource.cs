namespace Flexo.Resources;

/// <summary>
/// A model instance resource: a folder <c>X.fml.rt/</c> holding <c>X.fml.rt.xml</c> (FML.md §6.4). Listed, not read.
/// </summary>
/// <param name="RelativePath">The folder, relative to the resource center root: <c>Runs/Demo.fml.rt</c>.</param>
/// <param name="FullPath">The absolute path of the folder.</param>
/// <param name="DataFullPath">The absolute path of the XML file inside it.</param>
/// <param name="Name">The folder name without <c>.fml.rt</c>.</param>
/// <param name="Uri">
/// The computed URI, <c>&lt;base URI&gt;/&lt;relative path&gt;</c> (which is also <c>&lt;container URI&gt;/&lt;Name&gt;.fml.rt</c>
/// for an instance inside another one). A <c>uri</c> attribute in the XML takes precedence once instances are read.
/// </param>
/// <param name="ContainerRelativePath">
/// The relative path of the <c>.fml</c> model folder or the <c>.fml.rt</c> instance folder this one sits in; null at top level.
/// </param>
public sealed record InstanceResource(
    string RelativePath,
    string FullPath,
    string DataFullPath,
    string Name,
    string Uri,
    string? ContainerRelativePath) : ResourceCenterEntry(RelativePath, FullPath);

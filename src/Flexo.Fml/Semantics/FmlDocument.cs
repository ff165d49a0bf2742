namespace Flexo.Fml.Semantics;

/// <summary>
/// One FML source file as a host hands it to a <see cref="Compilation"/>: the language core does no IO, so the host
/// reads the file and says where it lives.
/// </summary>
/// <param name="Path">The path shown in diagnostics; also the document's identity within a compilation.</param>
/// <param name="Text">The file's text.</param>
/// <param name="Uri">
/// The URI the unit gets when it has no <c>@URI</c> annotation: <c>&lt;resource-center base URI&gt;/&lt;relative path&gt;</c>
/// for a top-level model, <c>&lt;container URI&gt;/&lt;Name&gt;.fml</c> for a contained model (FML.md §6.1).
/// </param>
/// <param name="ContainerPath">For a contained model (<c>Parent.fml/Child.fml/Child.fml</c>): the path of the container's document.</param>
public sealed record FmlDocument(string Path, string Text, string Uri, string? ContainerPath = null);

using System.Collections.Immutable;
using Flexo.Fml.Semantics;

namespace Flexo.Resources;

/// <summary>How the documents of a workspace differ from an earlier snapshot (<see cref="Workspace.ChangesSince"/>).</summary>
/// <param name="Added">Documents that were not there before.</param>
/// <param name="Changed">Documents whose text, URI or container changed.</param>
/// <param name="Removed">Paths of documents that are gone (deleted, renamed, now unreadable).</param>
public sealed record WorkspaceChanges(ImmutableArray<FmlDocument> Added, ImmutableArray<FmlDocument> Changed, ImmutableArray<string> Removed)
{
    /// <summary>True when nothing changed.</summary>
    public bool IsEmpty => Added.IsEmpty && Changed.IsEmpty && Removed.IsEmpty;
}

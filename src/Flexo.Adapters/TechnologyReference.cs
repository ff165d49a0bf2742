namespace Flexo.Adapters;

/// <summary>
/// A stored reference to a technology value (a resource or an element inside one), as loaded from a <c>.fml.rt</c>
/// file: the adapter's URI, resolved on first use and then kept.
/// </summary>
public sealed class TechnologyReference
{
    internal TechnologyReference(string adapterId, string uri)
    {
        AdapterId = adapterId;
        Uri = uri;
    }

    /// <summary>The adapter that computed the URI.</summary>
    public string AdapterId { get; }

    /// <summary>The URI.</summary>
    public string Uri { get; }

    /// <summary>True once resolved.</summary>
    public bool IsResolved => Target is not null;

    internal object? Target { get; set; }

    /// <inheritdoc />
    public override string ToString() => Uri;
}

namespace Flexo.Persistence;

/// <summary>A model instance as read from its file, before anything is resolved against the compilation.</summary>
internal sealed class ParsedModelInstance
{
    public required string File { get; init; }

    public required string Name { get; init; }

    public required XmlPosition Position { get; init; }

    public required string? Uri { get; init; }

    public required string ModelUri { get; init; }

    public required string UserId { get; init; }

    public required long FlexoId { get; init; }

    /// <summary>The highest <c>flexoID</c> met anywhere in the file (also on elements that are not instances).</summary>
    public long HighestId { get; set; }

    public List<ParsedValue> Values { get; } = [];

    public List<ParsedInstance> Instances { get; } = [];

    public List<ParsedModelInstance> Contained { get; } = [];
}

/// <summary>A concept instance element, with its values and embedded instances.</summary>
internal sealed class ParsedInstance
{
    public required XmlPosition Position { get; init; }

    public required string ConceptUri { get; init; }

    public required string UserId { get; init; }

    public required long FlexoId { get; init; }

    public List<ParsedValue> Values { get; } = [];

    public List<ParsedInstance> Embedded { get; } = [];
}

/// <summary>One value element: its element name, the property it belongs to, and its text (null when absent).</summary>
internal sealed record ParsedValue(XmlPosition Position, string Element, string Role, string? Text);

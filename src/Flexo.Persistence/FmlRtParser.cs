using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Flexo.Runtime;

namespace Flexo.Persistence;

/// <summary>
/// Reads the XML of one model instance file into a <see cref="ParsedModelInstance"/>: the elements and attributes
/// Flexo knows, each with its line and column. Unknown attributes and elements (PAMELA <c>id</c>, <c>title</c>...) are
/// ignored, elements carrying an <c>idref</c> (a second mention of an object already read) are skipped, and
/// technology-adapter values that Flexo cannot keep are reported. DTDs are refused, so no entity expansion happens.
/// </summary>
internal sealed class FmlRtParser
{
    /// <summary>How deeply instances may be nested.</summary>
    public const int MaxDepth = 256;

    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private readonly string _file;
    private readonly List<PersistenceDiagnostic> _diagnostics;
    private long _highest;

    private FmlRtParser(string file, List<PersistenceDiagnostic> diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses the file content; null (with diagnostics) when it is not a readable model instance file.</summary>
    /// <param name="content">The XML text.</param>
    /// <param name="file">The file, for diagnostics.</param>
    /// <param name="name">The instance name given by the file's place, or null to take it from the file.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static ParsedModelInstance? Parse(Stream content, string file, string? name, List<PersistenceDiagnostic> diagnostics) =>
        Parse(() => XmlReader.Create(content, s_settings), file, name, null, diagnostics);

    /// <summary>
    /// Parses an XML text already decoded; the name is the <c>name</c> attribute, else the last segment of the
    /// <c>uri</c>, else <paramref name="fallbackName"/>.
    /// </summary>
    public static ParsedModelInstance? Parse(TextReader content, string file, string? fallbackName, List<PersistenceDiagnostic> diagnostics, bool fromText) =>
        Parse(() => XmlReader.Create(content, s_settings), file, null, fromText ? fallbackName : null, diagnostics);

    private static ParsedModelInstance? Parse(Func<XmlReader> open, string file, string? name, string? fallbackName, List<PersistenceDiagnostic> diagnostics)
    {
        XDocument document;
        try
        {
            using var reader = open();
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException error)
        {
            var at = new XmlPosition(file, Math.Max(1, error.LineNumber), Math.Max(1, error.LinePosition));
            diagnostics.Add(PersistenceErrors.MalformedXml(at, error.Message));
            return null;
        }

        return new FmlRtParser(file, diagnostics).ParseRoot(document.Root!, name, fallbackName);
    }

    private ParsedModelInstance? ParseRoot(XElement root, string? name, string? fallbackName)
    {
        var at = XmlPosition.Of(_file, root);
        if (root.Name.LocalName != FmlRtNames.ModelInstance)
        {
            _diagnostics.Add(PersistenceErrors.NotAnInstanceFile(at, root.Name.LocalName));
            return null;
        }

        var errors = _diagnostics.Count;
        var uri = Text(root, FmlRtNames.Uri);
        var modelUri = Text(root, FmlRtNames.VirtualModelUri) ?? Text(root, FmlRtNames.ConceptUri);
        if (modelUri is null)
        {
            _diagnostics.Add(PersistenceErrors.MissingAttribute(at, root.Name.LocalName, FmlRtNames.VirtualModelUri));
        }

        name ??= Text(root, FmlRtNames.Name) ?? NameFromUri(uri) ?? fallbackName;
        if (name is null)
        {
            _diagnostics.Add(PersistenceErrors.MissingAttribute(at, root.Name.LocalName, FmlRtNames.Name));
        }

        var userId = UserId(root, VirtualModelInstance.DefaultUserId);
        var flexoId = Identity(root, required: false);
        var parsed = new ParsedModelInstance
        {
            File = _file,
            Name = name ?? string.Empty,
            Position = at,
            Uri = uri,
            ModelUri = modelUri ?? string.Empty,
            UserId = userId,
            FlexoId = flexoId,
        };
        ParseChildren(root, parsed.Values, parsed.Instances, userId, depth: 0);
        parsed.HighestId = _highest;
        return _diagnostics.Skip(errors).Any(d => d.IsError) ? null : parsed;
    }

    private void ParseChildren(XElement element, List<ParsedValue> values, List<ParsedInstance> instances, string userId, int depth)
    {
        foreach (var child in element.Elements())
        {
            if (child.Attribute(FmlRtNames.IdRef) is not null)
            {
                continue;
            }

            var at = XmlPosition.Of(_file, child);
            var kind = child.Name.LocalName;
            switch (kind)
            {
                case FmlRtNames.ConceptInstance or FmlRtNames.EmbeddedConceptInstance:
                    if (depth >= MaxDepth)
                    {
                        _diagnostics.Add(PersistenceErrors.NestingTooDeep(at, MaxDepth));
                        return;
                    }

                    ParseInstance(child, at, instances, userId, depth);
                    break;
                case FmlRtNames.PrimitiveReference or FmlRtNames.JavaReference or FmlRtNames.EnumReference:
                    AddValue(child, at, values, FmlRtNames.ValueAsString);
                    break;
                case FmlRtNames.ObjectReference:
                    AddValue(child, at, values, FmlRtNames.ObjectReferenceValue);
                    break;
                case FmlRtNames.ModelSlotInstance:
                    AddValue(child, at, values, FmlRtNames.ModelInstanceUri);
                    break;
                case FmlRtNames.TechnologyReference:
                    AddValue(child, at, values, FmlRtNames.TechnologyObjectUri);
                    break;
                default:
                    if (kind.EndsWith("ActorReference", StringComparison.Ordinal) || kind.EndsWith("ModelSlotInstance", StringComparison.Ordinal))
                    {
                        _diagnostics.Add(PersistenceErrors.UnsupportedElement(at, kind));
                    }

                    break;
            }
        }
    }

    private void ParseInstance(XElement element, XmlPosition at, List<ParsedInstance> instances, string inheritedUser, int depth)
    {
        var conceptUri = Text(element, FmlRtNames.ConceptUri);
        if (conceptUri is null)
        {
            _diagnostics.Add(PersistenceErrors.MissingAttribute(at, element.Name.LocalName, FmlRtNames.ConceptUri));
        }

        var userId = UserId(element, inheritedUser);
        var flexoId = Identity(element, required: true);
        var instance = new ParsedInstance { Position = at, ConceptUri = conceptUri ?? string.Empty, UserId = userId, FlexoId = flexoId };
        instances.Add(instance);
        ParseChildren(element, instance.Values, instance.Embedded, userId, depth + 1);
    }

    private void AddValue(XElement element, XmlPosition at, List<ParsedValue> values, string valueAttribute)
    {
        Identity(element, required: false);
        var role = Text(element, FmlRtNames.RoleName) ?? Text(element, FmlRtNames.ModelSlotName);
        if (role is null)
        {
            _diagnostics.Add(PersistenceErrors.MissingAttribute(at, element.Name.LocalName, FmlRtNames.RoleName));
            return;
        }

        values.Add(new ParsedValue(at, element.Name.LocalName, role, Text(element, valueAttribute)));
    }

    /// <summary>Reads <c>flexoID</c> (0 when absent and not required); records the highest identity met.</summary>
    private long Identity(XElement element, bool required)
    {
        var attribute = element.Attribute(FmlRtNames.FlexoId);
        if (attribute is null)
        {
            if (required)
            {
                _diagnostics.Add(PersistenceErrors.MissingAttribute(XmlPosition.Of(_file, element), element.Name.LocalName, FmlRtNames.FlexoId));
            }

            return 0;
        }

        if (!long.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || (required && id == 0))
        {
            // Identities of objects that are not instances are only reserved: a malformed one there is ignored.
            if (required || element.Name.LocalName == FmlRtNames.ModelInstance)
            {
                _diagnostics.Add(PersistenceErrors.InvalidAttribute(XmlPosition.Of(_file, attribute), element.Name.LocalName, FmlRtNames.FlexoId, attribute.Value, required ? "a positive whole number" : "a whole number"));
            }

            return 0;
        }

        _highest = Math.Max(_highest, id);
        return id;
    }

    private string UserId(XElement element, string inherited)
    {
        var attribute = element.Attribute(FmlRtNames.UserId);
        if (attribute is null)
        {
            return inherited;
        }

        var value = attribute.Value;
        if (string.IsNullOrWhiteSpace(value) || value.IndexOfAny(['/', '#', '_']) >= 0)
        {
            _diagnostics.Add(PersistenceErrors.InvalidAttribute(XmlPosition.Of(_file, attribute), element.Name.LocalName, FmlRtNames.UserId, value, "a user identifier (non-empty, no '/', '#' or '_')"));
            return inherited;
        }

        return value;
    }

    private static string? Text(XElement element, string attribute) => element.Attribute(attribute)?.Value;

    private static string? NameFromUri(string? uri)
    {
        if (uri is null || !uri.EndsWith(FmlRtNames.Extension, StringComparison.Ordinal))
        {
            return null;
        }

        var last = uri[(uri.LastIndexOf('/') + 1)..];
        return last.Length > FmlRtNames.Extension.Length ? last[..^FmlRtNames.Extension.Length] : null;
    }
}

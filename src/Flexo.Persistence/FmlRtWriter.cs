using System.Globalization;
using System.Text;
using System.Xml;
using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Persistence;

/// <summary>
/// Writes one model instance (not its contained model instances, which have files of their own) in the
/// <c>.fml.rt</c> XML format: attributes in a fixed order, instances in creation order, values in property order,
/// UTF-8 without byte order mark, LF line ends, two-space indentation. The same instance always gives the same bytes.
/// </summary>
internal sealed class FmlRtWriter
{
    private static readonly XmlWriterSettings s_settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    private readonly string _file;
    private readonly XmlWriter _xml;
    private int _nextId;

    private FmlRtWriter(string file, XmlWriter xml)
    {
        _file = file;
        _xml = xml;
    }

    /// <summary>The bytes of the file of <paramref name="instance"/>.</summary>
    /// <exception cref="FmlPersistenceException">A value has no encoding (FML4030).</exception>
    public static byte[] Write(VirtualModelInstance instance, string file)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, s_settings))
        {
            new FmlRtWriter(file, xml).WriteDocument(instance);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private void WriteDocument(VirtualModelInstance instance)
    {
        var modelUri = instance.Concept.Uri
            ?? throw Refuse("the model", instance.Uri, $"model '{instance.Concept.Name}' has no URI");
        _xml.WriteStartDocument();
        _xml.WriteStartElement(FmlRtNames.ModelInstance);
        WriteId();
        Attribute(FmlRtNames.Uri, instance.Uri, instance);
        Attribute(FmlRtNames.VirtualModelUri, modelUri, instance);
        Attribute(FmlRtNames.ConceptUri, modelUri, instance);
        Attribute(FmlRtNames.Name, instance.Name, instance);
        Attribute(FmlRtNames.Title, instance.Name, instance);
        _xml.WriteAttributeString(FmlRtNames.ModelVersion, FmlRtNames.ModelVersionValue);
        _xml.WriteAttributeString(FmlRtNames.Version, FmlRtNames.VersionValue);
        WriteIdentity(instance);
        WriteValues(instance, slots: false);
        foreach (var root in instance.RootInstances)
        {
            WriteInstance(root, FmlRtNames.ConceptInstance);
        }

        WriteValues(instance, slots: true);
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
    }

    private void WriteInstance(ConceptInstance instance, string element)
    {
        _xml.WriteStartElement(element);
        WriteId();
        Attribute(FmlRtNames.ConceptUri, instance.Concept.Uri ?? throw Refuse("the concept", instance.Uri, $"concept '{instance.Concept.Name}' has no URI"), instance);
        WriteIdentity(instance);
        WriteValues(instance, slots: false);
        foreach (var embedded in instance.EmbeddedInstances)
        {
            WriteInstance(embedded, FmlRtNames.EmbeddedConceptInstance);
        }

        WriteValues(instance, slots: true);
        _xml.WriteEndElement();
    }

    private void WriteIdentity(ConceptInstance instance)
    {
        Attribute(FmlRtNames.UserId, instance.UserId, instance);
        _xml.WriteAttributeString(FmlRtNames.FlexoId, instance.FlexoId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Writes the stored values of an instance's properties, in property order: model slots, or everything else.</summary>
    private void WriteValues(ConceptInstance instance, bool slots)
    {
        foreach (var property in instance.Properties)
        {
            if (property.Kind is PropertyKind.Expression or PropertyKind.GetSet or PropertyKind.Abstract
                || (property.Kind == PropertyKind.ModelSlot) != slots)
            {
                continue;
            }

            var value = instance.Get(property);
            IReadOnlyList<object?> values = value is RoleList list ? [.. list] : value is null ? [] : [value];
            foreach (var item in values)
            {
                WriteValue(instance, property, item);
            }
        }
    }

    private void WriteValue(ConceptInstance owner, PropertySymbol property, object? value)
    {
        switch (property.Kind)
        {
            case PropertyKind.Primitive or PropertyKind.Java:
                StartValue(property.Kind == PropertyKind.Primitive ? FmlRtNames.PrimitiveReference : FmlRtNames.JavaReference, property);
                if (value is not null)
                {
                    if (!ValueCodec.TryEncode(value, property.ElementType, out var text, out var reason))
                    {
                        throw Refuse(property.Name, owner.Uri, reason);
                    }

                    _xml.WriteAttributeString(FmlRtNames.ValueAsString, text);
                }

                break;
            case PropertyKind.ConceptInstance:
                switch (value)
                {
                    case null:
                        StartValue(FmlRtNames.ObjectReference, property);
                        break;
                    case EnumValueSymbol enumValue:
                        StartValue(FmlRtNames.EnumReference, property);
                        Attribute(FmlRtNames.ValueAsString, enumValue.Uri ?? throw Refuse(property.Name, owner.Uri, $"enum value '{enumValue.Name}' has no URI"), owner);
                        break;
                    case ConceptInstance target:
                        StartValue(FmlRtNames.ObjectReference, property);
                        Attribute(FmlRtNames.ObjectReferenceValue, target.Uri, owner);
                        break;
                    default:
                        throw Refuse(property.Name, owner.Uri, $"a {value.GetType().Name} is not a concept instance nor an enum value");
                }

                break;
            case PropertyKind.TechnologyRole or PropertyKind.ModelSlot
                when value is not (null or VirtualModelInstance) && TechnologyValueScope.Current?.UriOf(property, value) is { } technologyUri:
                StartValue(FmlRtNames.TechnologyReference, property);
                if (property.ElementType is TechnologyType technology)
                {
                    _xml.WriteAttributeString(FmlRtNames.Technology, technology.Adapter);
                }

                Attribute(FmlRtNames.TechnologyObjectUri, technologyUri, owner);
                break;
            case PropertyKind.ModelSlot:
                if (value is not (null or VirtualModelInstance))
                {
                    throw Refuse(property.Name, owner.Uri, "only model instances can be saved in a model slot yet");
                }

                _xml.WriteStartElement(FmlRtNames.ModelSlotInstance);
                WriteId();
                Attribute(FmlRtNames.ModelSlotName, property.Name, owner);
                Attribute(FmlRtNames.RoleName, property.Name, owner);
                if (value is VirtualModelInstance slotValue)
                {
                    Attribute(FmlRtNames.ModelInstanceUri, slotValue.Uri, owner);
                }

                break;
            default:
                throw Refuse(property.Name, owner.Uri, "values of technology adapters cannot be saved yet");
        }

        _xml.WriteEndElement();
    }

    private void StartValue(string element, PropertySymbol property)
    {
        _xml.WriteStartElement(element);
        WriteId();
        _xml.WriteAttributeString(FmlRtNames.RoleName, property.Name);
    }

    private void WriteId() => _xml.WriteAttributeString(FmlRtNames.Id, (_nextId++).ToString(CultureInfo.InvariantCulture));

    private void Attribute(string name, string value, ConceptInstance owner)
    {
        if (XmlText.Problem(value) is { } problem)
        {
            throw Refuse(name, owner.Uri, problem);
        }

        _xml.WriteAttributeString(name, value);
    }

    private FmlPersistenceException Refuse(string what, string owner, string reason) =>
        new(PersistenceErrors.ValueNotSaved(_file, what, owner, reason));
}

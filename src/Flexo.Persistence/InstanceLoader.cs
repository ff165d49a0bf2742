using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Persistence;

/// <summary>
/// Turns parsed model instance files into instances, all or nothing: (1) every model instance and concept instance
/// of the set is restored with its identity, (2) every value is decoded and every reference resolved (within the set
/// first, then through the caller's resolver), (3) only when no error was found are the values stored. A failed load
/// stores nothing in any instance that existed before it, and returns no instance.
/// </summary>
internal sealed class InstanceLoader
{
    private readonly Compilation _compilation;
    private readonly Func<string, VirtualModelInstance?>? _resolver;
    private readonly List<PersistenceDiagnostic> _diagnostics;
    private readonly Dictionary<string, VirtualModelInstance> _loaded = new(StringComparer.Ordinal);
    private readonly List<(ConceptInstance Instance, List<ParsedValue> Values)> _pendingValues = [];
    private readonly List<Assignment> _assignments = [];

    private InstanceLoader(Compilation compilation, Func<string, VirtualModelInstance?>? resolver, List<PersistenceDiagnostic> diagnostics)
    {
        _compilation = compilation;
        _resolver = resolver;
        _diagnostics = diagnostics;
    }

    /// <summary>Loads a set of top-level model instances together; empty when anything failed.</summary>
    public static IReadOnlyList<VirtualModelInstance> Load(
        IReadOnlyList<ParsedModelInstance> files, Compilation compilation, string? baseUri, Func<string, VirtualModelInstance?>? resolver, List<PersistenceDiagnostic> diagnostics)
    {
        var loader = new InstanceLoader(compilation, resolver, diagnostics);
        var roots = new List<VirtualModelInstance>();
        foreach (var file in files)
        {
            if (loader.Restore(file, null, baseUri) is { } instance)
            {
                roots.Add(instance);
            }
        }

        foreach (var (instance, values) in loader._pendingValues)
        {
            loader.Decode(instance, values);
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return [];
        }

        return loader.Apply(roots) ? roots : [];
    }

    // ------------------------------------------------------------------ phase 1: instances and identities

    private VirtualModelInstance? Restore(ParsedModelInstance file, VirtualModelInstance? container, string? baseUri)
    {
        if (_compilation.FindObject(file.ModelUri) is not ConceptSymbol { IsModel: true } model)
        {
            _diagnostics.Add(PersistenceErrors.UnknownModel(file.Position, file.ModelUri));
            return null;
        }

        string uri;
        if (container is not null)
        {
            uri = container.Uri + "/" + file.Name + FmlRtNames.Extension;
            if (file.Uri is { } written && written != uri)
            {
                _diagnostics.Add(PersistenceErrors.UriMismatch(file.Position, written, uri));
            }
        }
        else if (file.Uri is { } written)
        {
            uri = written;
        }
        else if (baseUri is not null)
        {
            uri = baseUri.TrimEnd('/') + "/" + file.Name + FmlRtNames.Extension;
        }
        else
        {
            _diagnostics.Add(PersistenceErrors.MissingUri(file.Position));
            return null;
        }

        if (_loaded.ContainsKey(uri))
        {
            _diagnostics.Add(PersistenceErrors.DuplicateModelInstance(file.Position, uri));
            return null;
        }

        VirtualModelInstance instance;
        try
        {
            instance = container is null
                ? VirtualModelInstance.Restore(model, file.Name, uri, file.UserId, file.FlexoId)
                : container.RestoreContainedModelInstance(model, file.Name, file.UserId, file.FlexoId);
        }
        catch (FmlRuntimeException error)
        {
            _diagnostics.Add(PersistenceErrors.Refused(file.Position, error.Message));
            return null;
        }

        _loaded.Add(uri, instance);
        _pendingValues.Add((instance, file.Values));
        var identities = new Dictionary<long, int>();
        if (file.FlexoId != 0)
        {
            identities.Add(file.FlexoId, file.Position.Line);
        }

        foreach (var parsed in file.Instances)
        {
            RestoreInstance(instance, parsed, null, identities);
        }

        instance.ReserveFlexoIds(file.HighestId);
        foreach (var contained in file.Contained)
        {
            Restore(contained, instance, null);
        }

        return instance;
    }

    private void RestoreInstance(VirtualModelInstance owner, ParsedInstance parsed, ConceptInstance? container, Dictionary<long, int> identities)
    {
        if (_compilation.FindObject(parsed.ConceptUri) is not ConceptSymbol { Kind: ConceptKind.Concept or ConceptKind.Event } concept
            || !concept.OwningModel.IsSuperConceptOf(owner.Concept))
        {
            _diagnostics.Add(PersistenceErrors.UnknownConcept(parsed.Position, parsed.ConceptUri, owner.Concept.Name));
            return;
        }

        if (ContainerProblem(concept, container) is { } problem)
        {
            _diagnostics.Add(PersistenceErrors.WrongContainer(parsed.Position, problem));
            return;
        }

        if (!identities.TryAdd(parsed.FlexoId, parsed.Position.Line))
        {
            _diagnostics.Add(PersistenceErrors.DuplicateIdentity(parsed.Position, parsed.FlexoId, owner.Uri, identities[parsed.FlexoId]));
            return;
        }

        ConceptInstance instance;
        try
        {
            instance = owner.RestoreInstance(concept, container, parsed.FlexoId, parsed.UserId);
        }
        catch (FmlRuntimeException error)
        {
            _diagnostics.Add(PersistenceErrors.Refused(parsed.Position, error.Message));
            return;
        }

        _pendingValues.Add((instance, parsed.Values));
        foreach (var embedded in parsed.Embedded)
        {
            RestoreInstance(owner, embedded, instance, identities);
        }
    }

    private static string? ContainerProblem(ConceptSymbol concept, ConceptInstance? container)
    {
        var required = concept.ApplicableContainer is { IsModel: false } applicable ? applicable : null;
        if (required is null)
        {
            return container is null
                ? null
                : $"'{concept.Name}' is a root concept: its instance cannot be nested inside an instance of '{container.Concept.Name}'.";
        }

        if (container is null)
        {
            return $"'{concept.Name}' instances live inside '{required.Name}': this one has no container instance.";
        }

        return required.IsSuperConceptOf(container.Concept)
            ? null
            : $"'{concept.Name}' instances live inside '{required.Name}', not inside '{container.Concept.Name}'.";
    }

    // ------------------------------------------------------------------ phase 2: values and references

    private void Decode(ConceptInstance instance, List<ParsedValue> values)
    {
        foreach (var group in values.GroupBy(v => v.Role, StringComparer.Ordinal))
        {
            var first = group.First();
            var property = instance.FindProperty(group.Key);
            if (property is null)
            {
                _diagnostics.Add(PersistenceErrors.UnknownRole(first.Position, group.Key, instance.Concept.Name));
                continue;
            }

            var items = group.ToList();
            if (!property.Cardinality.IsMultiple && items.Count > 1)
            {
                _diagnostics.Add(PersistenceErrors.TooManyValues(items[1].Position, property.Name, instance.Concept.Name, items.Count));
                continue;
            }

            var decoded = new List<object?>();
            var valid = true;
            foreach (var item in items)
            {
                switch (DecodeOne(instance, property, item))
                {
                    case Outcome.Failed:
                        valid = false;
                        break;
                    case Outcome.Value value:
                        decoded.Add(value.Item);
                        break;
                }
            }

            if (valid)
            {
                _assignments.Add(new Assignment(instance, property, decoded, first.Position));
            }
        }
    }

    private Outcome DecodeOne(ConceptInstance instance, PropertySymbol property, ParsedValue item)
    {
        var concept = instance.Concept.Name;
        if (KindProblem(property, item.Element) is { } kind)
        {
            _diagnostics.Add(kind == "unsupported"
                ? PersistenceErrors.UnsupportedElement(item.Position, item.Element)
                : PersistenceErrors.WrongValueKind(item.Position, item.Element, property.Name, concept, kind));
            return Outcome.Failed.Instance;
        }

        if (item.Text is not { } text)
        {
            return new Outcome.Value(null);
        }

        switch (item.Element)
        {
            case FmlRtNames.PrimitiveReference or FmlRtNames.JavaReference:
                if (ValueCodec.TryDecode(text, property.ElementType, out var value, out var reason))
                {
                    return new Outcome.Value(value);
                }

                _diagnostics.Add(PersistenceErrors.InvalidValue(item.Position, text, property.Name, concept, reason));
                return Outcome.Failed.Instance;
            case FmlRtNames.TechnologyReference:
                if (TechnologyValueScope.Current?.FromUri(property, text) is { } technologyValue)
                {
                    return new Outcome.Value(technologyValue);
                }

                _diagnostics.Add(PersistenceErrors.UnsupportedElement(item.Position, item.Element));
                return Outcome.Failed.Instance;
            case FmlRtNames.EnumReference:
                var expected = (property.ElementType as ConceptType)?.Concept;
                if (_compilation.FindObject(text) is EnumValueSymbol enumValue && (expected is null || enumValue.Owner == expected))
                {
                    return new Outcome.Value(enumValue);
                }

                _diagnostics.Add(PersistenceErrors.UnknownEnumValue(item.Position, text, property.Name, concept, expected is null ? "any enum" : $"enum '{expected.Name}'"));
                return Outcome.Failed.Instance;
            default:
                return Resolve(instance, property, item, text);
        }
    }

    /// <summary>Why a value element does not fit a property ("unsupported" for technology values), or null when it does.</summary>
    private static string? KindProblem(PropertySymbol property, string element)
    {
        var elementConcept = (property.ElementType as ConceptType)?.Concept;
        return property.Kind switch
        {
            PropertyKind.Expression or PropertyKind.GetSet => "a computed property, which is never stored",
            PropertyKind.Abstract => "abstract, with no implementation that could store it",
            _ when element == FmlRtNames.TechnologyReference => property.Kind is PropertyKind.TechnologyRole or PropertyKind.ModelSlot
                && TechnologyValueScope.Current is not null ? null : "unsupported",
            PropertyKind.TechnologyRole => "unsupported",
            PropertyKind.Primitive or PropertyKind.Java => element is FmlRtNames.PrimitiveReference or FmlRtNames.JavaReference
                ? null
                : $"a {property.Kind.ToString().ToLowerInvariant()} property of type {property.ElementType.DisplayName}",
            PropertyKind.ModelSlot => element is FmlRtNames.ModelSlotInstance or FmlRtNames.ObjectReference
                ? null
                : "a model slot",
            _ when elementConcept is { Kind: ConceptKind.Enum } => element == FmlRtNames.EnumReference ? null : $"of enum type '{elementConcept.Name}'",
            _ => element is FmlRtNames.ObjectReference or FmlRtNames.ModelSlotInstance || (element == FmlRtNames.EnumReference && elementConcept is null)
                ? null
                : $"a reference to instances of '{elementConcept?.Name ?? "any concept"}'",
        };
    }

    private Outcome Resolve(ConceptInstance instance, PropertySymbol property, ParsedValue item, string uri)
    {
        var concept = instance.Concept.Name;

        // <model instance URI>[#<userID>_<flexoID>[#<Java class name, written by Openflexo at times>]]
        var parts = uri.Split('#');
        var modelUri = parts[0];
        var instanceUri = parts.Length > 1 ? parts[0] + "#" + parts[1] : null;
        var model = _loaded.GetValueOrDefault(modelUri) ?? _resolver?.Invoke(modelUri);
        if (model is null)
        {
            _diagnostics.Add(PersistenceErrors.UnknownModelInstance(item.Position, modelUri, property.Name, concept));
            return Outcome.Failed.Instance;
        }

        var target = model.IsDeleted ? null : instanceUri is null ? model : model.FindInstance(instanceUri);
        if (target is null || target.IsDeleted)
        {
            _diagnostics.Add(PersistenceErrors.DanglingReference(item.Position, uri, property.Name, concept));
            return Outcome.Absent.Instance;
        }

        var expected = (property.ElementType as ConceptType)?.Concept;
        var wanted = property.Kind == PropertyKind.ModelSlot && target is not VirtualModelInstance
            ? "a model instance"
            : expected is not null && !expected.IsSuperConceptOf(target.Concept) ? $"an instance of '{expected.Name}'" : null;
        if (wanted is not null)
        {
            _diagnostics.Add(PersistenceErrors.WrongReferenceType(item.Position, uri, target.Concept.Name, property.Name, concept, wanted));
            return Outcome.Failed.Instance;
        }

        return new Outcome.Value(target);
    }

    // ------------------------------------------------------------------ phase 3: storing

    private bool Apply(List<VirtualModelInstance> roots)
    {
        foreach (var assignment in _assignments)
        {
            try
            {
                if (assignment.Property.Cardinality.IsMultiple)
                {
                    assignment.Instance.Set(assignment.Property, assignment.Values);
                }
                else if (assignment.Values.Count == 1)
                {
                    assignment.Instance.Set(assignment.Property, assignment.Values[0]);
                }
            }
            catch (FmlRuntimeException error)
            {
                _diagnostics.Add(PersistenceErrors.Refused(assignment.Position, error.Message));

                // Deleting the new instances releases every reference they took on instances loaded before.
                foreach (var root in roots)
                {
                    root.Delete();
                }

                return false;
            }
        }

        return true;
    }

    private sealed record Assignment(ConceptInstance Instance, PropertySymbol Property, List<object?> Values, XmlPosition Position);

    /// <summary>What decoding one value element gave.</summary>
    private abstract record Outcome
    {
        /// <summary>A value (possibly null) to store.</summary>
        public sealed record Value(object? Item) : Outcome;

        /// <summary>A reference to an instance that no longer exists: nothing is stored.</summary>
        public sealed record Absent : Outcome
        {
            public static Absent Instance { get; } = new();
        }

        /// <summary>An error was reported.</summary>
        public sealed record Failed : Outcome
        {
            public static Failed Instance { get; } = new();
        }
    }
}

using System.Collections.Immutable;
using Flexo.Fml.Semantics.Java;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

/// <summary>Typed adapter vocabularies: keyword parameters, the types adapter keywords yield, technology members.</summary>
internal sealed partial class SemanticAnalyzer
{
    /// <summary>The adapter named by <c>TA::</c> (or null for an unknown abbreviation), without reporting anything.</summary>
    internal AdapterVocabulary? AdapterOfAlias(UnitSymbol unit, string alias) =>
        _info[unit].Adapters.TryGetValue(alias, out var adapter) ? adapter : null;

    /// <summary>The vocabulary of an available adapter by identifier, or null.</summary>
    internal AdapterVocabulary? AvailableAdapter(string id) =>
        _adapters.FindById(id) is { IsAvailable: true } adapter ? adapter : null;

    /// <summary>The type entry of a technology type whose adapter is available, or null (unchecked).</summary>
    internal VocabularyEntry? TechnologyTypeEntry(TechnologyType type) =>
        AvailableAdapter(type.Adapter)?.Find(type.Name, VocabularyKind.Type);

    /// <summary>
    /// Resolves an FML type name of a vocabulary (<c>String</c>, <c>int</c>, <c>List&lt;CSVRow&gt;</c>, <c>CSVRow</c>);
    /// <c>Object</c>, and names nobody declares, give <c>Object</c> (any value).
    /// </summary>
    internal FmlType ResolveVocabularyType(AdapterVocabulary adapter, string text)
    {
        var name = text.Trim();
        if (name.EndsWith('>') && name.IndexOf('<', StringComparison.Ordinal) is var open and > 0)
        {
            var outer = name[..open];
            var inner = ResolveVocabularyType(adapter, name[(open + 1)..^1]);
            return outer is "List" or "java.util.List" or "Collection" or "Iterable" ? ClassType.ListOf(inner) : ClassType.Object;
        }

        switch (name)
        {
            case "boolean": return PrimitiveType.Boolean;
            case "int": return PrimitiveType.Int;
            case "long": return PrimitiveType.Long;
            case "double": return PrimitiveType.Double;
            case "float": return PrimitiveType.Float;
            case "char": return PrimitiveType.Char;
            case "short": return PrimitiveType.Short;
            case "byte": return PrimitiveType.Byte;
            case "void": return PrimitiveType.Void;
            case "String": return ClassType.String;
            case "Date": return ClassType.Date;
            case "" or "Object": return ClassType.Object;
        }

        if (adapter.Find(name, VocabularyKind.Type) is not null)
        {
            return new TechnologyType(adapter.Id, name);
        }

        return JavaLibrary.ResolveClass(name, []) ?? ClassType.Object;
    }

    /// <summary>
    /// Checks the keyword arguments of a declaration-level keyword (model slot, role, behaviour kind): unknown names
    /// (FML2026), missing required parameters (FML2035), and constants of the wrong type (FML2036). Expressions other
    /// than literals are kept as bindings and evaluated later, so they are not typed here.
    /// </summary>
    internal void CheckKeywordArguments(UnitSymbol unit, VocabularyEntry entry, SyntaxToken keyword, KeywordArgumentListSyntax? arguments)
    {
        if (arguments is not null)
        {
            CheckKeywordArguments(unit, entry, arguments);
        }

        if (!entry.IsTyped)
        {
            return;
        }

        CheckRequiredParameters(unit, entry, keyword, arguments);
        var adapter = AdapterOfEntry(entry);
        if (arguments is null || adapter is null)
        {
            return;
        }

        foreach (var argument in arguments.Arguments)
        {
            if (entry.FindParameter(argument.Name.Text) is { } parameter && argument.Value is ExpressionSyntax value
                && ConstantType(value) is { } actual)
            {
                var expected = ResolveVocabularyType(adapter, parameter.Type);
                if (!TypeFacts.IsObject(expected) && !Binder.IsImplicitlyConvertible(actual, expected))
                {
                    Report(unit, SemanticErrors.KeywordParameterType(value.Span, entry.Keyword, parameter.Name, expected.DisplayName, actual.DisplayName));
                }
            }
        }
    }

    /// <summary>FML2035 for every required parameter the arguments do not give.</summary>
    internal void CheckRequiredParameters(UnitSymbol unit, VocabularyEntry entry, SyntaxToken keyword, KeywordArgumentListSyntax? arguments)
    {
        foreach (var parameter in entry.Signature.IsDefault ? [] : entry.Signature)
        {
            if (parameter.IsRequired && (arguments is null || !arguments.Arguments.Any(a => a.Name.Text == parameter.Name)))
            {
                Report(unit, SemanticErrors.MissingKeywordParameter(keyword.Span, entry.Keyword, parameter.Name));
            }
        }
    }

    /// <summary>The adapter that declares <paramref name="entry"/> (by identity), or null.</summary>
    internal AdapterVocabulary? AdapterOfEntry(VocabularyEntry entry)
    {
        foreach (var adapter in _adapters.Adapters)
        {
            if (adapter.Entries.TryGetValue(entry.Keyword, out var found) && ReferenceEquals(found, entry))
            {
                return adapter;
            }
        }

        return null;
    }

    /// <summary>
    /// The fetch request a <c>select</c> of <paramref name="typeName"/> runs: the named one, else the adapter's first fetch
    /// request whose element type is the type (a <c>SelectUnique...</c> one for <c>select unique</c> when there is one).
    /// </summary>
    internal VocabularyEntry? DefaultFetchRequest(AdapterVocabulary adapter, string typeName, bool unique)
    {
        VocabularyEntry? first = null;
        foreach (var entry in adapter.Entries.Values.OrderBy(e => e.Keyword, StringComparer.Ordinal))
        {
            if (entry.Kind != VocabularyKind.FetchRequest || entry.ValueType != typeName)
            {
                continue;
            }

            var isUnique = entry.Keyword.Contains("Unique", StringComparison.Ordinal);
            if (isUnique == unique)
            {
                return entry;
            }

            first ??= isUnique ? null : entry;
        }

        return first;
    }

    /// <summary>The static type of a literal keyword value, or null when the value is not a constant.</summary>
    private static FmlType? ConstantType(ExpressionSyntax value) => value switch
    {
        LiteralExpressionSyntax literal => literal.Token.Kind switch
        {
            SyntaxKind.StringLiteralToken => ClassType.String,
            SyntaxKind.CharacterLiteralToken => PrimitiveType.Char,
            SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword => PrimitiveType.Boolean,
            SyntaxKind.NumericLiteralToken => literal.Token.Text.IndexOfAny(['.', 'e', 'E']) >= 0 && !literal.Token.Text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                ? PrimitiveType.Double
                : PrimitiveType.Int,
            _ => null,
        },
        _ => null,
    };

    /// <summary>The types of a technology member's parameters, resolved.</summary>
    internal ImmutableArray<FmlType> MemberParameterTypes(AdapterVocabulary adapter, TechnologyMember member) =>
        [.. member.ParameterTypes.Select(t => ResolveVocabularyType(adapter, t))];
}

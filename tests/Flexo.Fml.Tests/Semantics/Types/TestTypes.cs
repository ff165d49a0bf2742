using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Java;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests.Semantics.Types;

/// <summary>
/// Types written as text for readable test tables, over a fixed concept universe:
/// Item; Book : Item; Novel : Book; Film : Item; Other; Car; Boat; Amphibian : Car, Boat; enums Color and Size.
/// Syntax: primitives, Java class names as FML writes them (String, List&lt;Book&gt;, java.util.Date, Map.Entry&lt;K,V&gt;),
/// wildcards (?, ? extends T, ? super T), concept names, ConceptInstance, Concept&lt;X&gt;, Concept&lt;?&gt;, MatchingSet,
/// MatchingSet&lt;X&gt;, Resource&lt;X&gt;, tech:Adapter:Name, null, error, unresolved:Name.
/// </summary>
internal static class TestTypes
{
    public static readonly ConceptSymbol Item = Concept("Item");
    public static readonly ConceptSymbol Book = Concept("Book", Item);
    public static readonly ConceptSymbol Novel = Concept("Novel", Book);
    public static readonly ConceptSymbol Film = Concept("Film", Item);
    public static readonly ConceptSymbol Other = Concept("Other");
    public static readonly ConceptSymbol Car = Concept("Car");
    public static readonly ConceptSymbol Boat = Concept("Boat");
    public static readonly ConceptSymbol Amphibian = Concept("Amphibian", Car, Boat);
    public static readonly ConceptSymbol Color = new("Color", ConceptKind.Enum, null, null, null);
    public static readonly ConceptSymbol Size = new("Size", ConceptKind.Enum, null, null, null);

    private static readonly Dictionary<string, ConceptSymbol> s_concepts = new[]
    {
        Item, Book, Novel, Film, Other, Car, Boat, Amphibian, Color, Size,
    }.ToDictionary(c => c.Name);

    public static ConceptSymbol Concept(string name, params ConceptSymbol[] parents) =>
        new(name, ConceptKind.Concept, null, null, null) { Parents = [.. parents] };

    public static FmlType T(string text)
    {
        var reader = new Reader(text);
        var type = reader.ReadType();
        reader.ExpectEnd();
        return type;
    }

    public static IReadOnlyList<FmlType> Ts(string list) =>
        list.Length == 0 ? [] : SplitTopLevel(list).Select(T).ToArray();

    public static SyntaxKind Op(string text) =>
        Enum.GetValues<SyntaxKind>().First(k => SyntaxFacts.GetText(k) == text);

    /// <summary>Splits "int, List&lt;A,B&gt;, String" at the commas that are not inside angle brackets.</summary>
    public static IEnumerable<string> SplitTopLevel(string list)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '<': depth++; break;
                case '>': depth--; break;
                case ',' when depth == 0:
                    yield return list[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return list[start..].Trim();
    }

    private sealed class Reader(string text)
    {
        private int _position;

        public FmlType ReadType()
        {
            Skip();
            if (TryRead("?"))
            {
                if (TryRead("extends"))
                {
                    return new WildcardType(ReadType(), isSuper: false);
                }

                return TryRead("super") ? new WildcardType(ReadType(), isSuper: true) : new WildcardType(null, isSuper: false);
            }

            var name = ReadName();
            if (name.StartsWith("unresolved:", StringComparison.Ordinal))
            {
                return new UnresolvedType(name["unresolved:".Length..]);
            }

            if (name.StartsWith("tech:", StringComparison.Ordinal))
            {
                var parts = name.Split(':');
                return new TechnologyType(parts[1], parts[2]);
            }

            var arguments = new List<FmlType>();
            if (TryRead("<"))
            {
                do
                {
                    arguments.Add(ReadType());
                }
                while (TryRead(","));

                Expect(">");
            }

            return Build(name, arguments);
        }

        private static FmlType Build(string name, List<FmlType> arguments)
        {
            switch (name)
            {
                case "null": return NullType.Instance;
                case "error": return ErrorType.Instance;
                case "boolean": return PrimitiveType.Boolean;
                case "char": return PrimitiveType.Char;
                case "byte": return PrimitiveType.Byte;
                case "short": return PrimitiveType.Short;
                case "int": return PrimitiveType.Int;
                case "long": return PrimitiveType.Long;
                case "float": return PrimitiveType.Float;
                case "double": return PrimitiveType.Double;
                case "void": return PrimitiveType.Void;
                case "ConceptInstance": return ConceptType.AnyInstance;
                case "Concept": return new ConceptMetaType(ConceptOf(arguments));
                case "MatchingSet": return new MatchingSetType(arguments.Count == 0 ? null : ConceptOf(arguments));
                case "Resource": return new ResourceType(arguments[0]);
            }

            if (s_concepts.TryGetValue(name, out var concept))
            {
                return new ConceptType(concept);
            }

            return JavaLibrary.ResolveClass(name, arguments)
                ?? throw new ArgumentException($"Unknown test type '{name}' with {arguments.Count} argument(s).");
        }

        private static ConceptSymbol? ConceptOf(List<FmlType> arguments) => arguments[0] switch
        {
            WildcardType => null,
            ConceptType c => c.Concept,
            _ => throw new ArgumentException("Concept<...> takes a concept or ?"),
        };

        private string ReadName()
        {
            Skip();
            var start = _position;
            while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] is '.' or '_' or ':'))
            {
                _position++;
            }

            return _position > start ? text[start.._position] : throw new ArgumentException($"A name is expected in '{text}' at {_position}.");
        }

        private bool TryRead(string token)
        {
            Skip();
            if (!text.AsSpan(_position).StartsWith(token, StringComparison.Ordinal))
            {
                return false;
            }

            var end = _position + token.Length;
            if (char.IsLetter(token[0]) && end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                return false;
            }

            _position = end;
            return true;
        }

        private void Expect(string token)
        {
            if (!TryRead(token))
            {
                throw new ArgumentException($"'{token}' is expected in '{text}' at {_position}.");
            }
        }

        public void ExpectEnd()
        {
            Skip();
            if (_position != text.Length)
            {
                throw new ArgumentException($"Unexpected text in '{text}' at {_position}.");
            }
        }

        private void Skip()
        {
            while (_position < text.Length && text[_position] == ' ')
            {
                _position++;
            }
        }
    }
}

/// <summary>Checks of the test helper itself, so that table tests read what they say.</summary>
public sealed class TestTypesTests
{
    [Fact]
    public void Parses_generics_wildcards_and_special_types()
    {
        Assert.Equal(new ClassType(JavaNames.List, [new ConceptType(TestTypes.Book)]), TestTypes.T("List<Book>"));
        Assert.Equal(new ClassType(JavaNames.Map, [TypeFacts.String, new ClassType(JavaNames.Integer)]), TestTypes.T("Map<String, Integer>"));
        Assert.Equal(new WildcardType(new ConceptType(TestTypes.Item), isSuper: false), TestTypes.T("? extends Item"));
        Assert.Equal(ConceptType.AnyInstance, TestTypes.T("ConceptInstance"));
        Assert.Equal(new ConceptMetaType(null), TestTypes.T("Concept<?>"));
        Assert.Equal<FmlType>([PrimitiveType.Int, TestTypes.T("Map<String,Integer>")], TestTypes.Ts("int, Map<String,Integer>").ToArray());
        Assert.Equal(SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, TestTypes.Op(">>>="));
    }
}

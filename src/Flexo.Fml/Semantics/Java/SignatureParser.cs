using System.Collections.Immutable;

namespace Flexo.Fml.Semantics.Java;

/// <summary>
/// Reads the compact member notation of the Java table:
/// <c>[static] [&lt;T&gt;] ReturnType name(ParamType, ParamType...)</c> for a method,
/// <c>new(ParamType, ...)</c> for a constructor and <c>static Type NAME</c> for a field, followed by
/// <c>| .NET behaviour</c> and optionally <c>| run-time errors</c>. Type names are primitive names, type parameters or the
/// table's class names (<c>String</c>, <c>List&lt;E&gt;</c>, <c>Map.Entry&lt;K,V&gt;</c>, <c>? extends E</c>).
/// The table is part of the code, so a malformed entry is a programming error and throws.
/// </summary>
internal sealed class SignatureParser
{
    private readonly string _text;
    private readonly IReadOnlyDictionary<string, string> _classNames;
    private ImmutableArray<string> _typeParameters;
    private int _position;

    private SignatureParser(string text, IReadOnlyDictionary<string, string> classNames, ImmutableArray<string> typeParameters)
    {
        _text = text;
        _classNames = classNames;
        _typeParameters = typeParameters;
    }

    /// <summary>Reads a class type such as <c>Collection&lt;E&gt;</c> written with the given type parameters in scope.</summary>
    public static ClassType ParseClassType(string text, ImmutableArray<string> typeParameters, IReadOnlyDictionary<string, string> classNames)
    {
        var parser = new SignatureParser(text, classNames, typeParameters);
        var type = parser.ReadType();
        parser.ExpectEnd();
        return type as ClassType ?? throw parser.Error("a class type is expected");
    }

    /// <summary>Reads one member entry of <paramref name="owner"/>.</summary>
    public static MemberTemplate ParseMember(JavaClass owner, string entry, IReadOnlyDictionary<string, string> classNames)
    {
        var parts = entry.Split(" | ");
        if (parts.Length is < 2 or > 3)
        {
            throw new InvalidOperationException($"Java table entry '{entry}' must read 'signature | .NET behaviour [| errors]'.");
        }

        var signature = parts[0].Trim();
        var parser = new SignatureParser(signature, classNames, owner.TypeParameters);
        return parser.ReadMember(owner, signature, parts[1].Trim(), parts.Length == 3 ? parts[2].Trim() : null);
    }

    private MemberTemplate ReadMember(JavaClass owner, string signature, string mapping, string? errors)
    {
        var isStatic = TryKeyword("static");
        var methodTypeParameters = ImmutableArray<string>.Empty;
        if (TryPunctuation('<'))
        {
            var names = ImmutableArray.CreateBuilder<string>();
            do
            {
                names.Add(ReadIdentifier());
            }
            while (TryPunctuation(','));

            Expect('>');
            methodTypeParameters = names.ToImmutable();
            _typeParameters = _typeParameters.AddRange(methodTypeParameters);
        }

        if (TryKeyword("new"))
        {
            var (ctorParameters, ctorTexts, ctorVarArgs) = ReadParameters();
            ExpectEnd();
            var constructed = new ClassType(
                owner.QualifiedName,
                owner.TypeParameters.Select(p => (FmlType)new TypeParameterType(p)).ToImmutableArray());
            return new MemberTemplate(
                owner, "new", JavaMemberKind.Constructor, IsStatic: true, ctorVarArgs, methodTypeParameters, constructed,
                ctorParameters, $"{owner.Name}.new({string.Join(",", ctorTexts)})", signature, mapping, errors);
        }

        var returnType = ReadType();
        var name = ReadIdentifier();
        SkipSpaces();
        if (_position == _text.Length)
        {
            if (!isStatic)
            {
                throw Error("only static fields are supported");
            }

            return new MemberTemplate(
                owner, name, JavaMemberKind.Field, IsStatic: true, IsVarArgs: false, methodTypeParameters, returnType, [],
                $"{owner.Name}.{name}", signature, mapping, errors);
        }

        var (parameters, texts, isVarArgs) = ReadParameters();
        ExpectEnd();
        return new MemberTemplate(
            owner, name, JavaMemberKind.Method, isStatic, isVarArgs, methodTypeParameters, returnType, parameters,
            $"{owner.Name}.{name}({string.Join(",", texts)})", signature, mapping, errors);
    }

    private (ImmutableArray<FmlType> Types, ImmutableArray<string> Texts, bool IsVarArgs) ReadParameters()
    {
        Expect('(');
        var types = ImmutableArray.CreateBuilder<FmlType>();
        var texts = ImmutableArray.CreateBuilder<string>();
        var isVarArgs = false;
        if (!TryPunctuation(')'))
        {
            do
            {
                if (isVarArgs)
                {
                    throw Error("a varargs parameter must be the last one");
                }

                SkipSpaces();
                var start = _position;
                types.Add(ReadType());
                SkipSpaces();
                if (_text.AsSpan(_position).StartsWith("..."))
                {
                    _position += 3;
                    isVarArgs = true;
                }

                texts.Add(_text[start.._position].Trim());
            }
            while (TryPunctuation(','));

            Expect(')');
        }

        return (types.ToImmutable(), texts.ToImmutable(), isVarArgs);
    }

    private FmlType ReadType()
    {
        if (TryPunctuation('?'))
        {
            if (TryKeyword("extends"))
            {
                return new WildcardType(ReadType(), isSuper: false);
            }

            return TryKeyword("super") ? new WildcardType(ReadType(), isSuper: true) : new WildcardType(null, isSuper: false);
        }

        var name = ReadIdentifier();
        if (Primitive(name) is { } primitive)
        {
            return primitive;
        }

        if (_typeParameters.Contains(name))
        {
            return new TypeParameterType(name);
        }

        if (!_classNames.TryGetValue(name, out var qualifiedName))
        {
            throw Error($"unknown class '{name}'");
        }

        if (!TryPunctuation('<'))
        {
            return new ClassType(qualifiedName);
        }

        var arguments = ImmutableArray.CreateBuilder<FmlType>();
        do
        {
            arguments.Add(ReadType());
        }
        while (TryPunctuation(','));

        Expect('>');
        return new ClassType(qualifiedName, arguments.ToImmutable());
    }

    private static PrimitiveType? Primitive(string name) => name switch
    {
        "boolean" => PrimitiveType.Boolean,
        "char" => PrimitiveType.Char,
        "byte" => PrimitiveType.Byte,
        "short" => PrimitiveType.Short,
        "int" => PrimitiveType.Int,
        "long" => PrimitiveType.Long,
        "float" => PrimitiveType.Float,
        "double" => PrimitiveType.Double,
        "void" => PrimitiveType.Void,
        _ => null,
    };

    private string ReadIdentifier()
    {
        SkipSpaces();
        var start = _position;
        while (_position < _text.Length
            && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'
                || (_text[_position] == '.' && _position + 1 < _text.Length && char.IsAsciiLetter(_text[_position + 1]))))
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : throw Error("a name is expected");
    }

    private bool TryKeyword(string keyword)
    {
        SkipSpaces();
        var end = _position + keyword.Length;
        if (_text.AsSpan(_position).StartsWith(keyword, StringComparison.Ordinal)
            && (end == _text.Length || !char.IsAsciiLetterOrDigit(_text[end])))
        {
            _position = end;
            return true;
        }

        return false;
    }

    private bool TryPunctuation(char c)
    {
        SkipSpaces();
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TryPunctuation(c))
        {
            throw Error($"'{c}' is expected");
        }
    }

    private void ExpectEnd()
    {
        SkipSpaces();
        if (_position != _text.Length)
        {
            throw Error("end of the entry is expected");
        }
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && _text[_position] == ' ')
        {
            _position++;
        }
    }

    private InvalidOperationException Error(string message) =>
        new($"Java table entry '{_text}', at {_position}: {message}.");
}

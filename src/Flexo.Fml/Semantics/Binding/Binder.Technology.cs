using System.Collections.Immutable;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Semantics;

/// <summary>Technology adapters in expressions: edition actions, fetch requests, members of technology values.</summary>
internal sealed partial class Binder
{
    private BoundExpression BindTechnologyAction(TechnologyActionExpressionSyntax syntax)
    {
        var entry = _analyzer.FindVocabulary(_unit, syntax.Qualifier, syntax.Name, "edition action", VocabularyKind.EditionAction);
        var adapter = entry is null ? null : _analyzer.AdapterOfAlias(_unit, syntax.Qualifier.Text);
        if (entry is not null)
        {
            _analyzer.CheckKeywordArguments(_unit, entry, syntax.Arguments);
            if (entry.IsTyped)
            {
                _analyzer.CheckRequiredParameters(_unit, entry, syntax.Name, syntax.Arguments);
            }
        }

        var arguments = BindKeywordArguments(entry, adapter, syntax.Arguments);
        var receiver = syntax.In is { } inClause ? BindExpression(inClause.Expression) : null;
        var from = syntax.From is { } fromClause ? BindExpression(fromClause.Expression) : null;
        FmlType type = syntax.Name.Text == "NewInstance" ? ConceptType.AnyInstance
            : entry?.ValueType is { } valueType && adapter is not null ? _analyzer.ResolveVocabularyType(adapter, valueType)
            : ErrorType.Instance;
        return new BoundTechnologyAction(syntax, syntax.Qualifier.Text, syntax.Name.Text, arguments, receiver, from, type, adapter?.Id);
    }

    /// <summary>Binds <c>k=v</c> arguments; with a typed entry, each value is checked against its parameter's type (FML2036).</summary>
    private ImmutableArray<KeyValuePair<string, BoundExpression>> BindKeywordArguments(VocabularyEntry? entry, AdapterVocabulary? adapter, KeywordArgumentListSyntax? syntax)
    {
        var arguments = ImmutableArray.CreateBuilder<KeyValuePair<string, BoundExpression>>();
        if (syntax is null)
        {
            return arguments.ToImmutable();
        }

        var saved = _unchecked;
        _unchecked |= entry is null;
        foreach (var argument in syntax.Arguments)
        {
            var parameter = entry?.FindParameter(argument.Name.Text);
            var expected = parameter is null || adapter is null ? null : _analyzer.ResolveVocabularyType(adapter, parameter.Type);
            var value = argument.Value is ExpressionSyntax expression ? BindExpression(expression, expected) : Error(argument.Value);
            if (expected is not null && parameter is not null && !TypeFacts.IsObject(expected) && !IsImplicitlyConvertible(value.Type, expected)
                && !(value.Type is TechnologyType && expected is TechnologyType))
            {
                Report(SemanticErrors.KeywordParameterType(argument.Value.Span, entry!.Keyword, parameter.Name, expected.DisplayName, value.Type.DisplayName));
            }

            arguments.Add(new(argument.Name.Text, value));
        }

        _unchecked = saved;
        return arguments.ToImmutable();
    }

    /// <summary><c>select [unique] T [with R(...)] from r where (...)</c> for a technology type <c>T</c> of an available adapter.</summary>
    private BoundExpression? BindTechnologySelect(SelectExpressionSyntax syntax, TechnologyType type)
    {
        if (_analyzer.AvailableAdapter(type.Adapter) is not { } adapter)
        {
            return null;
        }

        var unique = syntax.UniqueKeyword is not null;
        VocabularyEntry? request;
        KeywordArgumentListSyntax? argumentSyntax = null;
        if (syntax.FetchKind is { } fetch)
        {
            request = _analyzer.FindVocabulary(_unit, fetch.Qualifier, fetch.Name, "fetch request", VocabularyKind.FetchRequest);
            argumentSyntax = fetch.Arguments;
            if (request is not null)
            {
                if (argumentSyntax is not null)
                {
                    _analyzer.CheckKeywordArguments(_unit, request, argumentSyntax);
                }

                if (request.IsTyped)
                {
                    _analyzer.CheckRequiredParameters(_unit, request, fetch.Name, argumentSyntax);
                }

                if (request.ValueType is { } valueType && valueType != type.Name)
                {
                    Report(SemanticErrors.NoFetchRequest(syntax.Type.Span, type.Name, adapter.DisplayName, request.Keyword));
                }
            }
        }
        else
        {
            request = _analyzer.DefaultFetchRequest(adapter, type.Name, unique);
            if (request is null)
            {
                Report(SemanticErrors.NoFetchRequest(syntax.Type.Span, type.Name, adapter.DisplayName, string.Empty));
            }
        }

        var requestAdapter = request is null ? adapter : _analyzer.AdapterOfEntry(request) ?? adapter;
        var arguments = BindKeywordArguments(request, requestAdapter, argumentSyntax);
        var from = BindExpression(syntax.From.Expression);
        return InScope(() =>
        {
            var selected = DeclareImplicit("selected", type, syntax);
            var conditions = BindConditions(syntax.Where);
            return (BoundExpression)new BoundTechnologySelect(syntax, requestAdapter.Id, request?.Keyword ?? string.Empty, arguments, unique, from, selected, conditions,
                unique ? type : ClassType.ListOf(type));
        });
    }

    /// <summary>
    /// A member of a value of a technology type whose adapter declares members: a property, or a method call when
    /// <paramref name="arguments"/> is given. Null when the type's members are not declared (left unchecked).
    /// </summary>
    private BoundExpression? BindTechnologyMember(SyntaxNode syntax, BoundExpression receiver, string name, TextSpan nameSpan, ArgumentListSyntax? arguments)
    {
        if (receiver.Type is not TechnologyType type || _analyzer.AvailableAdapter(type.Adapter) is not { } adapter
            || adapter.Find(type.Name, VocabularyKind.Type) is not { } entry || entry.Members.IsDefaultOrEmpty)
        {
            return null;
        }

        var bound = arguments is null ? [] : BindArguments(arguments);
        var isCall = arguments is not null;
        var candidates = entry.FindMembers(name).Where(m => m.IsMethod == isCall).ToList();
        if (candidates.Count == 0)
        {
            Report(entry.FindMembers(name).Any()
                ? SemanticErrors.NoMatchingOverload(nameSpan, name, Describe(bound), type.Name + "." + name)
                : SemanticErrors.UnknownMember(nameSpan, type.Name, name));
            return Error(syntax, [receiver, .. bound]);
        }

        foreach (var member in candidates)
        {
            var parameterTypes = _analyzer.MemberParameterTypes(adapter, member);
            if (parameterTypes.Length == bound.Length
                && bound.Zip(parameterTypes).All(p => IsImplicitlyConvertible(p.First.Type, p.Second) || (p.First.Type is TechnologyType && p.Second is TechnologyType)))
            {
                return new BoundTechnologyMember(syntax, receiver, adapter.Id, name, bound, isCall, _analyzer.ResolveVocabularyType(adapter, member.ResultType));
            }
        }

        Report(SemanticErrors.NoMatchingOverload(nameSpan, name, Describe(bound), type.Name + "." + name));
        return Error(syntax, [receiver, .. bound]);
    }
}

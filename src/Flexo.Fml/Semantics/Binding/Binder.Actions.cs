using System.Collections.Immutable;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

internal sealed partial class Binder
{
    /// <summary>Binds an FML action used as an expression (select, match, delete, log, fire, notify, TA::Action).</summary>
    private BoundExpression BindAction(ExpressionSyntax syntax)
    {
        switch (syntax)
        {
            case SelectExpressionSyntax select:
                return BindSelect(select);
            case BeginMatchExpressionSyntax begin:
                {
                    var concept = ResolveConceptOperand(begin.Type);
                    var from = BindExpression(begin.From.Expression);
                    return InScope(() =>
                    {
                        var selected = DeclareImplicit("selected", concept is null ? ErrorType.Instance : new ConceptType(concept), begin);
                        var conditions = BindConditions(begin.Where);
                        return (BoundExpression)new BoundBeginMatch(syntax, concept, from, selected, conditions);
                    });
                }

            case MatchExpressionSyntax match:
                return BindMatch(match);
            case EndMatchExpressionSyntax end:
                return BindEndMatch(end);
            case DeleteExpressionSyntax delete:
                return new BoundDelete(syntax, BindExpression(delete.Expression), delete.From is { } deleteFrom ? BindExpression(deleteFrom.Expression) : null);
            case LogExpressionSyntax log:
                return new BoundLog(syntax, BindExpression(log.Expression));
            case FireExpressionSyntax fire:
                {
                    var value = BindExpression(fire.Expression);
                    if (value.Type is ConceptType { Concept: { Kind: not ConceptKind.Event } notEvent })
                    {
                        Report(SemanticErrors.CannotConvert(fire.Expression.Span, notEvent.Name, "an event"));
                    }

                    return new BoundFire(syntax, value);
                }

            case NotifyExpressionSyntax notify:
                return new BoundNotify(syntax, BindExpression(notify.Expression), notify.In is { } source ? BindExpression(source.Expression) : null);
            case TechnologyActionExpressionSyntax action:
                return BindTechnologyAction(action);
            default:
                Report(SemanticErrors.UnknownName(syntax.Span, syntax.ToString()));
                return Error(syntax);
        }
    }

    private ConceptSymbol? ResolveConceptOperand(TypeSyntax typeSyntax)
    {
        var type = _analyzer.ResolveType(_unit, _concept, typeSyntax);
        if (type is ConceptType { Concept: { } concept })
        {
            return concept;
        }

        if (!type.IsError && type is not TechnologyType)
        {
            Report(SemanticErrors.NotAConcept(typeSyntax.Span, type.DisplayName));
        }

        return null;
    }

    private ImmutableArray<BoundExpression> BindConditions(WhereClauseSyntax? where) =>
        where is null ? [] : [.. where.Conditions.Arguments.Select(c => BindCondition(c, "a 'where' clause"))];

    private BoundExpression BindSelect(SelectExpressionSyntax syntax)
    {
        var type = _analyzer.ResolveType(_unit, _concept, syntax.Type);
        if (type is TechnologyType technology && BindTechnologySelect(syntax, technology) is { } fetched)
        {
            return fetched;
        }

        var concept = type is ConceptType { Concept: { } c } ? c : null;
        if (concept is null && !type.IsError && type is not TechnologyType && syntax.FetchKind is null)
        {
            Report(SemanticErrors.NotAConcept(syntax.Type.Span, type.DisplayName));
        }

        if (syntax.FetchKind is { } fetch)
        {
            var entry = _analyzer.FindVocabulary(_unit, fetch.Qualifier, fetch.Name, "fetch request", VocabularyKind.FetchRequest);
            if (entry is not null && fetch.Arguments is { } arguments)
            {
                _analyzer.CheckKeywordArguments(_unit, entry, arguments);
            }
        }

        var from = BindExpression(syntax.From.Expression);
        var unique = syntax.UniqueKeyword is not null;
        return InScope(() =>
        {
            var selected = DeclareImplicit("selected", type, syntax);
            var conditions = BindConditions(syntax.Where);
            return (BoundExpression)new BoundSelect(syntax, concept, unique, from, selected, conditions, unique ? type : ClassType.ListOf(type));
        });
    }

    private BoundExpression BindMatch(MatchExpressionSyntax syntax)
    {
        var concept = ResolveConceptOperand(syntax.Type);
        var set = syntax.In is { } inClause ? BindExpression(inClause.Expression) : null;
        var from = BindExpression(syntax.From.Expression);
        var criteria = ImmutableArray.CreateBuilder<KeyValuePair<PropertySymbol, BoundExpression>>();
        if (syntax.Where is { } where)
        {
            foreach (var condition in where.Conditions.Arguments)
            {
                if (condition is AssignmentExpressionSyntax { Left: IdentifierNameSyntax propertyName, OperatorToken.Kind: SyntaxKind.EqualsToken } criterion)
                {
                    var criterionProperty = concept is null ? null : MemberLookup.FindProperty(concept, propertyName.Identifier.Text);
                    var value = BindExpression(criterion.Right, criterionProperty?.Type);
                    if (concept is not null)
                    {
                        if (criterionProperty is { } property)
                        {
                            criteria.Add(new(property, Convert(value, property.Type, criterion.Right)));
                        }
                        else
                        {
                            Report(SemanticErrors.UnknownMember(propertyName.Span, concept.Name, propertyName.Identifier.Text));
                        }
                    }
                }
                else
                {
                    Report(SemanticErrors.CannotConvert(condition.Span, "a condition", "a matching criterion 'property=value'"));
                }
            }
        }

        BoundExpression? create = null;
        if (syntax.Create is { } scheme && concept is not null)
        {
            var named = MemberLookup.FindBehaviours(concept, scheme.Identifier.Text, b => b.Kind is BehaviourKind.Creation or BehaviourKind.Technology);
            var arguments = BindArguments(scheme.Arguments, named);
            if (named.Count == 0)
            {
                Report(SemanticErrors.UnknownCreationScheme(scheme.Identifier.Span, concept.Name, scheme.Identifier.Text));
            }
            else if (ChooseOverload(named, arguments, scheme.Identifier.Text, scheme.Identifier.Span) is { } chosen)
            {
                create = new BoundNewInstance(scheme, concept, chosen, arguments, from, []);
            }
        }
        else if (syntax.Unmatched is { } unmatched)
        {
            create = BindExpression(unmatched.Expression, concept is null ? null : new ConceptType(concept));
        }

        return new BoundMatch(syntax, concept, set, from, criteria.ToImmutable(), create);
    }

    private BoundExpression BindEndMatch(EndMatchExpressionSyntax syntax)
    {
        var concept = ResolveConceptOperand(syntax.Type);
        var set = BindExpression(syntax.In.Expression);
        if (concept is null)
        {
            return new BoundEndMatch(syntax, null, set, null, false, []);
        }

        if (syntax.Call is { } call)
        {
            var arguments = BindArguments(call.Arguments);
            var kind = call.Keyword.Kind == SyntaxKind.DeleteKeyword ? BehaviourKind.Deletion : BehaviourKind.Action;
            var candidates = MemberLookup.FindBehaviours(concept, call.Identifier.Text, b => b.Kind == kind);
            if (candidates.Count == 0)
            {
                Report(SemanticErrors.UnknownMember(call.Identifier.Span, concept.Name, call.Identifier.Text));
                return new BoundEndMatch(syntax, concept, set, null, false, arguments);
            }

            return new BoundEndMatch(syntax, concept, set, ChooseOverload(candidates, arguments, call.Identifier.Text, call.Identifier.Span), false, arguments);
        }

        if (syntax.Unmatched is { Expression: InvocationExpressionSyntax { Expression: IdentifierNameSyntax callee } invocation })
        {
            var arguments = BindArguments(invocation.Arguments);
            if (callee.Identifier.Text == "delete" && arguments.IsEmpty)
            {
                return new BoundEndMatch(syntax, concept, set, null, true, arguments);
            }

            var candidates = MemberLookup.FindBehaviours(concept, callee.Identifier.Text, b => b.Kind != BehaviourKind.Listener);
            if (candidates.Count == 0)
            {
                Report(SemanticErrors.UnknownMember(callee.Span, concept.Name, callee.Identifier.Text));
                return new BoundEndMatch(syntax, concept, set, null, false, arguments);
            }

            // D2: exactly the named behaviour runs on every unmatched instance.
            return new BoundEndMatch(syntax, concept, set, ChooseOverload(candidates, arguments, callee.Identifier.Text, callee.Span), false, arguments);
        }

        return new BoundEndMatch(syntax, concept, set, null, false, []);
    }
}

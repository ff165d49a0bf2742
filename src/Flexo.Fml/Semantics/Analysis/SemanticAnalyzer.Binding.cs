using System.Collections.Immutable;
using Flexo.Fml.Diagnostics;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

internal sealed partial class SemanticAnalyzer
{
    private readonly HashSet<BehaviourSymbol> _boundBehaviours = [];

    public bool Strict => _compilation.Options.Strict;

    public void ReportPublic(UnitSymbol unit, Diagnostic diagnostic) => Report(unit, diagnostic);

    private void BindUnit(UnitSymbol unit)
    {
        if (unit.Model is null)
        {
            return;
        }

        foreach (var concept in AllConcepts(unit.Model))
        {
            foreach (var property in concept.Properties)
            {
                BindProperty(unit, concept, property);
            }

            foreach (var behaviour in concept.Behaviours)
            {
                BindBehaviour(behaviour);
            }

            foreach (var invariant in concept.Invariants)
            {
                BindInvariant(unit, concept, invariant);
            }
        }
    }

    private void BindProperty(UnitSymbol unit, ConceptSymbol concept, PropertySymbol property)
    {
        var binder = new Binder(this, unit, concept, null);
        switch (property.Declaration)
        {
            case PropertyDeclarationSyntax { Initializer: { } initializer }:
                {
                    var value = binder.BindExpression(initializer.Value, property.Type);
                    ReportIfNotAssignable(unit, value, property.Type, initializer.Value);
                    property.Initializer = value;
                    break;
                }

            case ExpressionPropertyDeclarationSyntax expression:
                {
                    var value = binder.BindExpression(expression.Expression, property.Type);
                    ReportIfNotAssignable(unit, value, property.Type, expression.Expression);
                    property.ValueExpression = value;
                    break;
                }

            case GetSetPropertyDeclarationSyntax getSet:
                {
                    var getter = new Binder(this, unit, concept, null) { ExpectedReturn = property.Type };
                    property.Getter = getter.BindBlock(getSet.Getter.Body);
                    if (Binder.CanCompleteNormally(property.Getter) && !property.Type.IsError)
                    {
                        Report(unit, SemanticErrors.MissingReturn(getSet.Getter.GetKeyword.Span, property.Name + ".get", property.Type.DisplayName));
                    }

                    if (getSet.Setter is { } setterSyntax)
                    {
                        var setter = new Binder(this, unit, concept, null) { ExpectedReturn = PrimitiveType.Void };
                        var parameterType = setterSyntax.Type is { } declared ? ResolveType(unit, concept, declared) : property.Type;
                        var value = setter.DeclareImplicit(setterSyntax.Identifier?.Text ?? "value", parameterType, setterSyntax);
                        property.Setter = (value, setter.BindBlock(setterSyntax.Body));
                    }

                    break;
                }
        }
    }

    private void ReportIfNotAssignable(UnitSymbol unit, BoundExpression value, FmlType target, SyntaxNode at)
    {
        if (!Binder.IsImplicitlyConvertible(value.Type, target))
        {
            Report(unit, SemanticErrors.CannotConvert(at.Span, value.Type.DisplayName, target.DisplayName));
        }
    }

    /// <summary>Binds a behaviour once (on demand when a call needs its inferred return type first).</summary>
    internal void BindBehaviour(BehaviourSymbol behaviour)
    {
        if (_fragmentSink is not null)
        {
            OutsideFragment(() => BindBehaviour(behaviour));
            return;
        }

        if (!_boundBehaviours.Add(behaviour) || behaviour.Owner.Unit is not { } unit)
        {
            return;
        }

        behaviour.IsBinding = true;
        try
        {
            var concept = behaviour.Owner;
            switch (behaviour.Declaration)
            {
                case BehaviourDeclarationSyntax syntax:
                    {
                        var binder = new Binder(this, unit, concept, behaviour)
                        {
                            ExpectedReturn = behaviour.HasDeclaredReturnType || behaviour.Kind is BehaviourKind.Creation or BehaviourKind.Deletion
                                ? behaviour.ReturnType
                                : null,
                        };
                        var defaults = ImmutableArray.CreateBuilder<BoundExpression?>();
                        var parameterNames = new HashSet<string>(StringComparer.Ordinal);
                        foreach (var parameter in behaviour.Parameters)
                        {
                            if (!parameterNames.Add(parameter.Name))
                            {
                                Report(unit, SemanticErrors.DuplicateLocal(parameter.NameSpan, parameter.Name));
                            }

                            var defaultSyntax = ((ParameterSyntax)parameter.Declaration!).Default;
                            BoundExpression? value = null;
                            if (defaultSyntax is not null)
                            {
                                value = binder.BindExpression(defaultSyntax.Value, parameter.Type);
                                ReportIfNotAssignable(unit, value, parameter.Type, defaultSyntax.Value);
                            }

                            defaults.Add(value);
                        }

                        behaviour.ParameterDefaults = defaults.ToImmutable();
                        if (syntax.Body is { } body)
                        {
                            behaviour.Body = binder.BindBlock(body);
                            binder.ReportUnusedLocals();
                        }

                        if (!behaviour.HasDeclaredReturnType && behaviour.Kind is BehaviourKind.Action or BehaviourKind.Technology)
                        {
                            behaviour.ReturnType = binder.ReturnedTypes.Count == 0
                                ? PrimitiveType.Void
                                : binder.ReturnedTypes.Aggregate(TypeFacts.CommonType);
                        }
                        else if (behaviour.Body is { } checkedBody && behaviour.ReturnType is { IsError: false } returnType
                            && returnType != PrimitiveType.Void && Binder.CanCompleteNormally(checkedBody))
                        {
                            Report(unit, SemanticErrors.MissingReturn(behaviour.NameSpan, behaviour.Name, returnType.DisplayName));
                        }

                        break;
                    }

                case ListenerDeclarationSyntax listener:
                    {
                        var binder = new Binder(this, unit, concept, behaviour) { ExpectedReturn = PrimitiveType.Void };
                        behaviour.ListenedSource = binder.BindExpression(listener.Source);
                        if (listener.Body is { } body)
                        {
                            binder.DeclareImplicit("evt", behaviour.ListenedEvent ?? ErrorType.Instance, listener);
                            behaviour.Body = binder.BindBlock(body);
                        }

                        break;
                    }
            }
        }
        finally
        {
            behaviour.IsBinding = false;
            behaviour.ReturnTypeInferred = true;
        }
    }

    private void BindInvariant(UnitSymbol unit, ConceptSymbol concept, InvariantSymbol invariant)
    {
        var binder = new Binder(this, unit, concept, null) { ExpectedReturn = PrimitiveType.Void };
        switch (invariant.Declaration)
        {
            case InvariantDeclarationSyntax simple:
                invariant.Conditions = [binder.BindCondition(simple.Condition, "an invariant")];
                invariant.OnFailure = [simple.OnFailure is { } fix ? binder.BindStatement(fix.Statement) : null];
                break;
            case IterationInvariantDeclarationSyntax iteration:
                {
                    var collection = binder.BindExpression(iteration.Collection);
                    var type = ResolveType(unit, concept, iteration.Type);
                    var iterator = binder.DeclareImplicit(iteration.Identifier.Text, type, iteration);
                    invariant.Iteration = (iterator, collection);
                    invariant.Conditions = [.. iteration.Invariants.Select(i => binder.BindCondition(i.Condition, "an invariant"))];
                    invariant.OnFailure = [.. iteration.Invariants.Select(i => i.OnFailure is { } fix ? binder.BindStatement(fix.Statement) : null)];
                    break;
                }
        }
    }
}

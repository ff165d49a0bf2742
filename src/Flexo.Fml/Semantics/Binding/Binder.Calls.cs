using System.Collections.Immutable;
using Flexo.Fml.Scripts;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Semantics.Java;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Semantics;

internal sealed partial class Binder
{
    private BoundExpression BindInvocation(InvocationExpressionSyntax syntax)
    {
        switch (syntax.Expression)
        {
            case SuperExpressionSyntax super:
                return BindSuperConstructorCall(syntax, super);
            case IdentifierNameSyntax name:
                return BindUnqualifiedCall(syntax, name);
            case MemberAccessExpressionSyntax { Expression: SuperExpressionSyntax } superCall:
                return BindSuperCall(syntax, superCall, null);
            case MemberAccessExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "super", Expression: IdentifierNameSyntax { Identifier.Text: "this" } },
            } superView:
                // this.super.m(): the parent's version, as super.m().
                return BindSuperCall(syntax, superView, null);
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: var prefix } } namedSuper
                when prefix.StartsWith("super_", StringComparison.Ordinal) && _scope.Lookup(prefix) is null && _concept is not null:
                {
                    var parent = _concept.Parents.FirstOrDefault(p => p.Name == prefix["super_".Length..]);
                    if (parent is null && _analyzer.HasIncompleteHierarchy(_concept))
                    {
                        return Error(syntax);
                    }

                    if (parent is null)
                    {
                        Report(SemanticErrors.SuperMisuse(namedSuper.Expression.Span, $"'{prefix["super_".Length..]}' is not a parent of '{_concept.Name}'"));
                        return Error(syntax);
                    }

                    return BindSuperCall(syntax, namedSuper, parent);
                }

            case MemberAccessExpressionSyntax member:
                {
                    var name = member.Name.Identifier.Text;
                    if (IsJavaClassName(member.Expression, out var className))
                    {
                        var staticArguments = BindArguments(syntax.Arguments);
                        if (JavaLibrary.FindStatic(className, name, TypesOf(staticArguments)) is { } staticMember)
                        {
                            return new BoundJavaMember(syntax, null, staticMember, staticArguments, staticMember.ReturnType);
                        }

                        Report(SemanticErrors.NoMatchingOverload(member.Name.Span, className + "." + name, Describe(staticArguments), "none known"));
                        return Error(syntax, [.. staticArguments]);
                    }

                    var receiver = BindExpression(member.Expression);
                    return BindCallOn(syntax, receiver, name, member.Name.Span, nonVirtual: false);
                }

            default:
                {
                    var callee = BindExpression(syntax.Expression);
                    var arguments = BindArguments(syntax.Arguments);
                    if (!callee.Type.IsError)
                    {
                        Report(SemanticErrors.UnknownName(syntax.Expression.Span, syntax.Expression.ToString()));
                    }

                    return Error(syntax, [callee, .. arguments]);
                }
        }
    }

    /// <summary><c>m(args)</c>: a behaviour of this concept or of an enclosing concept or model (containment fallback).</summary>
    private BoundExpression BindUnqualifiedCall(InvocationExpressionSyntax syntax, IdentifierNameSyntax name)
    {
        BoundExpression instance = new BoundThis(syntax, ThisType);
        var levels = 0;
        for (var scope = _concept; scope is not null; scope = OuterOf(scope))
        {
            var candidates = MemberLookup.FindBehaviours(scope, name.Identifier.Text, IsCallable);
            if (candidates.Count > 0)
            {
                var arguments = BindArguments(syntax.Arguments, candidates);
                var receiver = levels == 0 ? instance : new BoundContainerOf(syntax, instance, levels, new ConceptType(scope));
                return ResolveCall(syntax, receiver, candidates, arguments, name.Identifier.Text, name.Span, nonVirtual: false);
            }

            levels++;
        }

        var unbound = BindArguments(syntax.Arguments);
        if (!_analyzer.HasIncompleteHierarchy(_concept))
        {
            Report(SemanticErrors.UnknownName(name.Span, name.Identifier.Text));
        }

        return Error(syntax, [.. unbound]);
    }

    private static bool IsCallable(BehaviourSymbol behaviour) => behaviour.Kind is BehaviourKind.Action or BehaviourKind.Technology;

    private BoundExpression BindCallOn(InvocationExpressionSyntax syntax, BoundExpression receiver, string name, TextSpan nameSpan, bool nonVirtual)
    {
        if (receiver.Type is TechnologyType && BindTechnologyMember(syntax, receiver, name, nameSpan, syntax.Arguments) is { } technologyCall)
        {
            return technologyCall;
        }

        var conceptCandidates = receiver.Type is ConceptType { Concept: { } receiverConcept }
            ? MemberLookup.FindBehaviours(receiverConcept, name, b => b.Kind != BehaviourKind.Listener)
            : null;
        var arguments = BindArguments(syntax.Arguments, conceptCandidates);
        switch (receiver.Type)
        {
            case ConceptMetaType meta:
                return BindReflectiveCall(syntax, receiver, meta, name, nameSpan, arguments);
            case { IsError: true } or TechnologyType or ResourceType or ConceptType { Concept: null } or MatchingSetType:
                return new BoundBuiltInMember(syntax, receiver, name, ErrorType.Instance);
            case ClassType when IsOpaqueClass(receiver.Type):
                return new BoundBuiltInMember(syntax, receiver, name, ErrorType.Instance);
            case ConceptType { Concept: { } concept }:
                {
                    var candidates = MemberLookup.FindBehaviours(concept, name, b => b.Kind != BehaviourKind.Listener);
                    if (candidates.Count > 0)
                    {
                        return ResolveCall(syntax, receiver, candidates, arguments, name, nameSpan, nonVirtual);
                    }

                    if (JavaLibrary.FindMember(ClassType.Object, name, TypesOf(arguments)) is { } objectMember)
                    {
                        return new BoundJavaMember(syntax, receiver, objectMember, arguments, objectMember.ReturnType);
                    }

                    if (!_analyzer.HasIncompleteHierarchy(concept))
                    {
                        Report(SemanticErrors.UnknownMember(nameSpan, concept.Name, name));
                    }

                    return Error(syntax, [receiver, .. arguments]);
                }
        }

        if (JavaLibrary.FindMember(receiver.Type, name, TypesOf(arguments)) is { } member)
        {
            for (var i = 0; i < arguments.Length && i < member.ParameterTypes.Length; i++)
            {
                Convert(arguments[i], member.ParameterTypes[i], syntax.Arguments.Arguments[i]);
            }

            return new BoundJavaMember(syntax, receiver, member, arguments, member.ReturnType);
        }

        Report(JavaLibrary.FindProperty(receiver.Type, name) is null && !HasJavaMethodNamed(receiver.Type, name)
            ? SemanticErrors.UnknownMember(nameSpan, receiver.Type.DisplayName, name)
            : SemanticErrors.NoMatchingOverload(nameSpan, name, Describe(arguments), receiver.Type.DisplayName + "." + name));
        return Error(syntax, [receiver, .. arguments]);
    }

    private static bool HasJavaMethodNamed(FmlType type, string name) => JavaLibrary.FindMembers(type, name).Length > 0;

    /// <summary>
    /// Picks the behaviour for a call (D12): arguments bind by position, trailing parameters with a default may be
    /// omitted; a candidate that needs no default wins over one that does; any remaining tie is ambiguous.
    /// </summary>
    private BoundExpression ResolveCall(SyntaxNode syntax, BoundExpression receiver, List<BehaviourSymbol> candidates,
        ImmutableArray<BoundExpression> arguments, string name, TextSpan at, bool nonVirtual)
    {
        var chosen = ChooseOverload(candidates, arguments, name, at);
        if (chosen is null)
        {
            return Error(syntax, [receiver, .. arguments]);
        }

        CheckVisibility(chosen.Visibility, chosen.Owner, chosen.Name, at);
        EnsureReturnType(chosen);
        return new BoundBehaviourCall(syntax, receiver, chosen, arguments, nonVirtual);
    }

    private BehaviourSymbol? ChooseOverload(List<BehaviourSymbol> candidates, ImmutableArray<BoundExpression> arguments, string name, TextSpan at)
    {
        var applicable = candidates.Where(c => IsApplicable(c, arguments)).ToList();
        if (applicable.Count == 0)
        {
            if (candidates.Count == 1)
            {
                ReportArgumentMismatch(candidates[0], arguments, at);
            }
            else
            {
                Report(SemanticErrors.NoMatchingOverload(at, name, Describe(arguments), string.Join(", ", candidates.Select(c => c.Signature))));
            }

            return null;
        }

        if (applicable.Count > 1)
        {
            applicable = MostSpecific(applicable, arguments);
        }

        if (applicable.Count > 1)
        {
            Report(SemanticErrors.Ambiguous(at, $"call of '{name}'", string.Join(", ", applicable.Select(c => c.Signature))));
            return null;
        }

        return applicable[0];
    }

    private static bool IsApplicable(BehaviourSymbol candidate, ImmutableArray<BoundExpression> arguments, bool strict = false)
    {
        if (arguments.Length > candidate.Parameters.Length || arguments.Length < candidate.RequiredArgumentCount)
        {
            return false;
        }

        for (var i = 0; i < arguments.Length; i++)
        {
            var argumentType = arguments[i].Type;
            var parameterType = candidate.Parameters[i].Type;
            if (strict ? !TypeFacts.IsAssignable(parameterType, argumentType) : !IsImplicitlyConvertible(argumentType, parameterType))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Narrows several applicable candidates as Java does: those needing no default value, then those that fit without
    /// any lenient numeric conversion, then the most specific one (each parameter type assignable to the others').
    /// </summary>
    private static List<BehaviourSymbol> MostSpecific(List<BehaviourSymbol> applicable, ImmutableArray<BoundExpression> arguments)
    {
        var narrowed = applicable;
        var exact = narrowed.Where(c => c.Parameters.Length == arguments.Length).ToList();
        if (exact.Count >= 1)
        {
            narrowed = exact;
        }

        var strict = narrowed.Where(c => IsApplicable(c, arguments, strict: true)).ToList();
        if (strict.Count >= 1)
        {
            narrowed = strict;
        }

        if (narrowed.Count > 1)
        {
            var best = narrowed.Where(c => narrowed.All(other => other == c || IsMoreSpecific(c, other, arguments.Length))).ToList();
            if (best.Count == 1)
            {
                narrowed = best;
            }
        }

        return narrowed;
    }

    private static bool IsMoreSpecific(BehaviourSymbol candidate, BehaviourSymbol other, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (!TypeFacts.IsAssignable(other.Parameters[i].Type, candidate.Parameters[i].Type))
            {
                return false;
            }
        }

        return true;
    }

    private void ReportArgumentMismatch(BehaviourSymbol behaviour, ImmutableArray<BoundExpression> arguments, TextSpan at)
    {
        var label = behaviour.IsAnonymous ? behaviour.Owner.Name : behaviour.Name;
        if (arguments.Length > behaviour.Parameters.Length)
        {
            Report(SemanticErrors.TooManyArguments(arguments[behaviour.Parameters.Length].Syntax.Span, label, behaviour.Parameters.Length, arguments.Length));
            return;
        }

        if (arguments.Length < behaviour.RequiredArgumentCount)
        {
            Report(SemanticErrors.MissingArgument(at, label, behaviour.Parameters[arguments.Length].Name));
            return;
        }

        for (var i = 0; i < arguments.Length; i++)
        {
            var parameter = behaviour.Parameters[i];
            if (!IsImplicitlyConvertible(arguments[i].Type, parameter.Type))
            {
                Report(SemanticErrors.ArgumentType(arguments[i].Syntax.Span, parameter.Name, parameter.Type.DisplayName, arguments[i].Type.DisplayName));
                return;
            }
        }
    }

    /// <summary><c>super.m(args)</c> (D15: exactly one distinct implementation reachable through the parents) or <c>super_P.m(args)</c>.</summary>
    private BoundExpression BindSuperCall(InvocationExpressionSyntax syntax, MemberAccessExpressionSyntax member, ConceptSymbol? parent)
    {
        if (_concept is null)
        {
            return NoCurrentInstance(syntax, member.Expression, "super");
        }

        var name = member.Name.Identifier.Text;
        var parents = parent is null ? _concept.Parents : [parent];
        if (parents.Length == 0)
        {
            var unbound = BindArguments(syntax.Arguments);
            if (!_analyzer.HasIncompleteHierarchy(_concept))
            {
                Report(SemanticErrors.SuperMisuse(member.Expression.Span, $"'{_concept.Name}' has no parent"));
            }

            return Error(syntax, [.. unbound]);
        }

        var implementations = new List<BehaviourSymbol>();
        foreach (var p in parents)
        {
            foreach (var candidate in MemberLookup.FindBehaviours(p, name, b => b.Kind != BehaviourKind.Listener))
            {
                if (!implementations.Contains(candidate))
                {
                    implementations.Add(candidate);
                }
            }
        }

        var arguments = BindArguments(syntax.Arguments, implementations);

        var applicable = implementations.Where(c => IsApplicable(c, arguments)).ToList();
        if (applicable.Count > 1 && parent is null && applicable.Select(a => a.Owner).Distinct().Count() > 1)
        {
            Report(SemanticErrors.SuperMisuse(member.Span,
                $"several parents implement '{name}' ({string.Join(", ", applicable.Select(a => a.Owner.Name))}); call super_<Parent>.{name}(...)"));
            return Error(syntax, [.. arguments]);
        }

        if (implementations.Count == 0)
        {
            Report(SemanticErrors.UnknownMember(member.Name.Span, string.Join(", ", parents.Select(p => p.Name)), name));
            return Error(syntax, [.. arguments]);
        }

        var chosen = ChooseOverload(implementations, arguments, name, member.Name.Span);
        if (chosen is null)
        {
            return Error(syntax, [.. arguments]);
        }

        EnsureReturnType(chosen);
        return new BoundBehaviourCall(syntax, new BoundThis(member.Expression, new ConceptType(chosen.Owner)), chosen, arguments, NonVirtual: true);
    }

    /// <summary><c>super(args)</c> in a creation scheme: the parent's anonymous creation scheme.</summary>
    private BoundExpression BindSuperConstructorCall(InvocationExpressionSyntax syntax, SuperExpressionSyntax super)
    {
        if (_concept is null)
        {
            return NoCurrentInstance(syntax, super, "super");
        }

        var arguments = BindArguments(syntax.Arguments);
        if (_behaviour?.Kind != BehaviourKind.Creation)
        {
            Report(SemanticErrors.SuperMisuse(super.Span, "super(...) can only be called from a creation scheme"));
            return Error(syntax, [.. arguments]);
        }

        var candidates = _concept.Parents.SelectMany(p => MemberLookup.FindBehaviours(p, string.Empty, b => b.Kind == BehaviourKind.Creation)).Distinct().ToList();
        if (candidates.Count == 0)
        {
            if (_analyzer.HasIncompleteHierarchy(_concept))
            {
                return Error(syntax, [.. arguments]);
            }

            if (_concept.Parents.Length == 0)
            {
                Report(SemanticErrors.SuperMisuse(super.Span, $"'{_concept.Name}' has no parent"));
            }
            else if (arguments.Length > 0)
            {
                Report(SemanticErrors.NoCreationScheme(super.Span, string.Join(", ", _concept.Parents.Select(p => p.Name)), Describe(arguments)));
            }

            return Error(syntax, [.. arguments]);
        }

        var chosen = ChooseOverload(candidates, arguments, "super", super.Span);
        return chosen is null
            ? Error(syntax, [.. arguments])
            : new BoundBehaviourCall(syntax, new BoundThis(super, new ConceptType(chosen.Owner)), chosen, arguments, NonVirtual: true);
    }

    /// <summary>FML6020: <c>super</c> in a fragment bound outside any concept (a script); the arguments are still bound.</summary>
    private BoundError NoCurrentInstance(InvocationExpressionSyntax syntax, SyntaxNode at, string word)
    {
        Report(ScriptErrors.NoCurrentInstance(at.Span, word));
        return Error(syntax, [.. BindArguments(syntax.Arguments)]);
    }

    /// <summary>Infers the return type of a behaviour without a declared one, binding its body first if needed.</summary>
    private void EnsureReturnType(BehaviourSymbol behaviour)
    {
        if (!behaviour.HasDeclaredReturnType && !behaviour.ReturnTypeInferred && !behaviour.IsBinding)
        {
            _analyzer.BindBehaviour(behaviour);
        }
    }

    private BoundExpression BindObjectCreation(ObjectCreationExpressionSyntax syntax, FmlType? expected)
    {
        var container = syntax.Receiver is { } receiverSyntax ? BindExpression(receiverSyntax) : null;
        var type = _analyzer.ResolveType(_unit, _concept, syntax.Type);
        var schemes = type is ConceptType { Concept: { } instantiated }
            ? MemberLookup.FindBehaviours(instantiated, syntax.Constructor?.Identifier.Text ?? string.Empty,
                b => b.Kind == BehaviourKind.Creation || (syntax.Constructor is not null && b.Kind == BehaviourKind.Technology))
            : null;
        var arguments = BindArguments(syntax.Arguments, schemes);
        var options = ImmutableArray.CreateBuilder<KeyValuePair<string, BoundExpression>>();
        if (syntax.WithArguments is { } withArguments)
        {
            foreach (var option in withArguments.Arguments)
            {
                options.Add(new(option.Name.Text, option.Value is ExpressionSyntax value ? BindExpression(value) : Error(option.Value)));
            }
        }

        switch (type)
        {
            case ConceptType { Concept: { } concept }:
                {
                    if (concept.IsAbstract)
                    {
                        Report(SemanticErrors.AbstractInstantiation(syntax.Type.Span, concept.Name));
                    }

                    if (concept.IsModel && concept.ContainerModel is null && syntax.WithArguments is null)
                    {
                        Report(SemanticErrors.ModelInstanceWithoutName(syntax.Type.Span, concept.Name));
                    }

                    if (_concept is null && container is null && concept.Kind == ConceptKind.Concept)
                    {
                        // A script has no current instance to hold the new one.
                        Report(ScriptErrors.NewWithoutContainer(syntax.Type.Span, concept.Name));
                    }

                    var scheme = ResolveCreationScheme(syntax, concept, arguments);
                    return new BoundNewInstance(syntax, concept, scheme, arguments, container, options.ToImmutable());
                }

            case ClassType javaClass:
                {
                    if (JavaLibrary.IsKnownClass(javaClass.QualifiedName) && JavaLibrary.FindConstructor(javaClass, TypesOf(arguments)) is null)
                    {
                        Report(SemanticErrors.NoMatchingOverload(syntax.Type.Span, "new " + javaClass.DisplayName, Describe(arguments), javaClass.SimpleName + " constructors"));
                    }

                    // The diamond (new ArrayList<>()) takes its type arguments from the expected type.
                    if (javaClass.TypeArguments.IsEmpty && syntax.Type is GenericNameSyntax && expected is ClassType { TypeArguments.IsEmpty: false } target)
                    {
                        javaClass = new ClassType(javaClass.QualifiedName, target.TypeArguments);
                    }

                    return new BoundNewJavaObject(syntax, javaClass, arguments);
                }
            case { IsError: true }:
                return Error(syntax, [.. arguments]);
            default:
                Report(SemanticErrors.NotAConcept(syntax.Type.Span, type.DisplayName));
                return Error(syntax, [.. arguments]);
        }
    }

    /// <summary>D13/D14: <c>new C::n()</c> binds to C's (possibly inherited) scheme named n; <c>new C()</c> needs no scheme when there are no arguments.</summary>
    private BehaviourSymbol? ResolveCreationScheme(ObjectCreationExpressionSyntax syntax, ConceptSymbol concept, ImmutableArray<BoundExpression> arguments)
    {
        if (syntax.Constructor is { } selector)
        {
            var name = selector.Identifier.Text;
            var named = MemberLookup.FindBehaviours(concept, name, b => b.Kind is BehaviourKind.Creation or BehaviourKind.Technology);
            if (named.Count == 0)
            {
                Report(SemanticErrors.UnknownCreationScheme(selector.Identifier.Span, concept.Name, name));
                return null;
            }

            return ChooseOverload(named, arguments, concept.Name + "::" + name, selector.Identifier.Span);
        }

        var anonymous = MemberLookup.FindBehaviours(concept, string.Empty, b => b.Kind == BehaviourKind.Creation);
        if (anonymous.Count == 0)
        {
            if (arguments.Length > 0)
            {
                Report(SemanticErrors.NoCreationScheme(syntax.Type.Span, concept.Name, Describe(arguments)));
            }

            return null;
        }

        return ChooseOverload(anonymous, arguments, concept.Name, syntax.Type.Span);
    }
}

using System.Collections.Immutable;
using Flexo.Fml.Scripts;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Semantics.Java;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

internal sealed partial class Binder
{
    private static readonly string[] s_instanceBuiltIns = ["conceptType", "container", "virtualModelType", "resourceCenter", "virtualModelInstance", "owningVirtualModelInstance"];

    /// <summary>
    /// Binds a simple name: locals, <c>this</c>/<c>container</c>, properties of this concept, properties of the
    /// enclosing concepts and models (the containment chain), parameters (also without <c>parameters.</c>), enum
    /// values where an enum is expected (D8), then concept and Java class names used as values.
    /// </summary>
    private BoundExpression BindName(IdentifierNameSyntax syntax, FmlType? expected)
    {
        var name = syntax.Identifier.Text;
        if (_scope.Lookup(name) is { } local)
        {
            _readLocals.Add(local);
            return new BoundLocal(syntax, local);
        }

        switch (name)
        {
            case "this" or "container" when _concept is null:
                Report(ScriptErrors.NoCurrentInstance(syntax.Span, name));
                return Error(syntax);
            case "this":
                return new BoundThis(syntax, ThisType);
            case "parameters" when _behaviour is not null && _concept is not null && MemberLookup.FindProperty(_concept, name) is null:
                return new BoundParameters(syntax, _behaviour);
            case "container":
                return ContainerOf(syntax, new BoundThis(syntax, ThisType), _concept!);
        }

        // Properties of this concept, then of each enclosing concept and model (inner names win).
        BoundExpression instance = new BoundThis(syntax, ThisType);
        var levels = 0;
        for (var scope = _concept; scope is not null; scope = OuterOf(scope))
        {
            if (MemberLookup.FindProperty(scope, name) is { } property)
            {
                CheckVisibility(property.Visibility, property.Owner, property.Name, syntax.Span);
                var receiver = levels == 0 ? instance : new BoundContainerOf(syntax, instance, levels, new ConceptType(scope));
                return new BoundPropertyAccess(syntax, receiver, property);
            }

            levels++;
        }

        if (_behaviour?.Parameters.FirstOrDefault(p => p.Name == name) is { } parameter)
        {
            return new BoundParameter(syntax, parameter);
        }

        if (expected is ConceptType { Concept: { Kind: ConceptKind.Enum } enumType }
            && enumType.EnumValues.FirstOrDefault(v => v.Name == name) is { } enumValue)
        {
            return new BoundEnumValue(syntax, enumValue);
        }

        if (name.StartsWith("super_", StringComparison.Ordinal) && _concept is not null
            && _concept.Parents.FirstOrDefault(p => p.Name == name["super_".Length..]) is { } namedParent)
        {
            return new BoundThis(syntax, new ConceptType(namedParent));
        }

        if (_analyzer.IsScriptUnit(_unit) && _analyzer.ReportIfAmbiguous(syntax.Span, name))
        {
            return Error(syntax);
        }

        if (_analyzer.LookupConcept(_unit, _concept, name) is { } concept)
        {
            return new BoundConceptReference(syntax, concept);
        }

        if (_analyzer.ImportAlias(_unit, name) is { } imported)
        {
            // import [uri] as X / import [uri : object] as X: the imported model, or an object of another technology.
            return new BoundLiteral(syntax, null, imported.Model is { } importedModel ? new ConceptMetaType(importedModel) : ErrorType.Instance);
        }

        if (_analyzer.HasImportAlias(_unit, name))
        {
            _analyzer.MarkImportAliasUsed(_unit, name);
            return new BoundLiteral(syntax, null, ErrorType.Instance);
        }

        if (_unit.Namespaces.TryGetValue(name, out var namespaceValue))
        {
            // Flexo accepts namespace aliases as string constants everywhere, not only in unit-level expressions.
            return new BoundLiteral(syntax, namespaceValue, ClassType.String);
        }

        if (!_analyzer.HasIncompleteHierarchy(_concept) && !_unchecked)
        {
            Report(SemanticErrors.UnknownName(syntax.Span, name));
        }

        return Error(syntax);
    }

    /// <summary>True when <paramref name="name"/> resolves without help from an expected type.</summary>
    private bool IsKnownName(string name)
    {
        if (_scope.Lookup(name) is not null || name is "this" or "container" || _unit.Namespaces.ContainsKey(name)
            || _analyzer.HasImportAlias(_unit, name) || _behaviour?.Parameters.Any(p => p.Name == name) == true
            || _analyzer.LookupConcept(_unit, _concept, name) is not null)
        {
            return true;
        }

        for (var scope = _concept; scope is not null; scope = OuterOf(scope))
        {
            if (MemberLookup.FindProperty(scope, name) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The concept whose instance contains instances of <paramref name="concept"/> (the containment chain).</summary>
    private static ConceptSymbol? OuterOf(ConceptSymbol concept) =>
        concept.IsModel ? concept.ContainerModel : concept.ApplicableContainer ?? concept.OwningModel;

    private static BoundExpression ContainerOf(SyntaxNode syntax, BoundExpression instance, ConceptSymbol concept) =>
        OuterOf(concept) is { } outer
            ? new BoundContainerOf(syntax, instance, 1, new ConceptType(outer))
            : new BoundBuiltInMember(syntax, instance, "container", ConceptType.AnyInstance);

    /// <summary>Binds <c>receiver.name</c> (not a call).</summary>
    private BoundExpression BindMemberAccess(MemberAccessExpressionSyntax syntax, FmlType? expected)
    {
        var name = syntax.Name.Identifier.Text;
        if (syntax.Expression is IdentifierNameSyntax { Identifier.Text: "parameters" } && _scope.Lookup("parameters") is null)
        {
            if (_behaviour?.Parameters.FirstOrDefault(p => p.Name == name) is { } parameter)
            {
                return new BoundParameter(syntax, parameter);
            }

            Report(SemanticErrors.UnknownMember(syntax.Name.Span, "parameters", name));
            return Error(syntax);
        }

        if (IsJavaClassName(syntax.Expression, out var className))
        {
            if (JavaLibrary.FindStatic(className, name, []) is { } staticMember)
            {
                return new BoundJavaMember(syntax, null, staticMember, [], staticMember.ReturnType);
            }

            Report(SemanticErrors.UnknownMember(syntax.Name.Span, className, name));
            return Error(syntax);
        }

        var receiver = BindExpression(syntax.Expression);
        return BindMemberOf(syntax, receiver, name, syntax.Name.Identifier.Span);
    }

    private BoundExpression BindMemberOf(SyntaxNode syntax, BoundExpression receiver, string name, Text.TextSpan nameSpan)
    {
        switch (receiver)
        {
            case BoundConceptReference { Concept.Kind: ConceptKind.Enum } enumReference:
                if (name == "enumValues")
                {
                    return new BoundBuiltInMember(syntax, receiver, name, ClassType.ListOf(new ConceptType(enumReference.Concept)));
                }

                if (enumReference.Concept.EnumValues.FirstOrDefault(v => v.Name == name) is { } value)
                {
                    return new BoundEnumValue(syntax, value);
                }

                Report(SemanticErrors.UnknownEnumValue(nameSpan, enumReference.Concept.Name, name));
                return Error(syntax, receiver);
        }

        var type = receiver.Type;
        if (type is TechnologyType && BindTechnologyMember(syntax, receiver, name, nameSpan, null) is { } technologyMember)
        {
            return technologyMember;
        }

        switch (type)
        {
            case { IsError: true } or TechnologyType or ResourceType or MatchingSetType:
                // Not checked: adapters decide (or an error was already reported).
                return new BoundBuiltInMember(syntax, receiver, name, ErrorType.Instance);
            case ConceptType { Concept: null }:
                return new BoundBuiltInMember(syntax, receiver, name, ErrorType.Instance);
            case ConceptType { Concept: { } concept }:
                if (MemberLookup.FindProperty(concept, name) is { } property)
                {
                    CheckVisibility(property.Visibility, property.Owner, property.Name, nameSpan);
                    return new BoundPropertyAccess(syntax, receiver, property);
                }

                if (name == "enumValues" && concept.Kind == ConceptKind.Enum)
                {
                    return new BoundBuiltInMember(syntax, receiver, name, ClassType.ListOf(type));
                }

                if (Array.IndexOf(s_instanceBuiltIns, name) >= 0)
                {
                    return name switch
                    {
                        "conceptType" => new BoundBuiltInMember(syntax, receiver, name, new ConceptMetaType(concept)),
                        "virtualModelType" => new BoundBuiltInMember(syntax, receiver, name, new ConceptMetaType(concept.OwningModel)),
                        "container" => ContainerOf(syntax, receiver, concept),
                        _ => new BoundBuiltInMember(syntax, receiver, name, ErrorType.Instance),
                    };
                }

                if (JavaLibrary.FindProperty(ClassType.Object, name) is { } objectMember)
                {
                    return new BoundJavaMember(syntax, receiver, objectMember, [], objectMember.ReturnType);
                }

                if (!_analyzer.HasIncompleteHierarchy(concept))
                {
                    Report(SemanticErrors.UnknownMember(nameSpan, concept.Name, name));
                }

                return Error(syntax, receiver);
            case ConceptMetaType meta:
                return BindReflectiveProperty(syntax, receiver, meta, name, nameSpan);
        }

        if (JavaLibrary.FindProperty(type, name) is { } member)
        {
            return new BoundJavaMember(syntax, receiver, member, [], member.ReturnType);
        }

        if (IsOpaqueClass(type))
        {
            return new BoundBuiltInMember(syntax, receiver, name, ErrorType.Instance);
        }

        Report(SemanticErrors.UnknownMember(nameSpan, type.DisplayName, name));
        return Error(syntax, receiver);
    }

    private void CheckVisibility(Visibility visibility, ConceptSymbol owner, string member, Text.TextSpan at)
    {
        var allowed = visibility switch
        {
            _ when _concept is null => visibility is Visibility.Default or Visibility.Public,
            Visibility.Private => owner == _concept || IsEnclosedBy(_concept, owner),
            Visibility.Protected => owner.IsSuperConceptOf(_concept) || IsEnclosedBy(_concept, owner) || owner == _concept,
            _ => true,
        };
        if (!allowed)
        {
            Report(SemanticErrors.NotVisible(at, member, visibility.ToString().ToLowerInvariant(), _analyzer.Strict));
        }
    }

    private static bool IsEnclosedBy(ConceptSymbol concept, ConceptSymbol outer)
    {
        for (var scope = concept.LexicalContainer; scope is not null; scope = scope.LexicalContainer)
        {
            if (scope == outer)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="expression"/> names a Java class (not a value): <c>Integer</c>, <c>java.lang.Math</c>.</summary>
    private bool IsJavaClassName(ExpressionSyntax expression, out string className)
    {
        className = string.Empty;
        switch (expression)
        {
            case IdentifierNameSyntax identifier:
                {
                    var name = identifier.Identifier.Text;
                    if (name.Length == 0 || !char.IsUpper(name[0]) || _scope.Lookup(name) is not null
                        || (_concept is not null && MemberLookup.FindProperty(_concept, name) is not null)
                        || _analyzer.LookupConcept(_unit, _concept, name) is not null)
                    {
                        return false;
                    }

                    className = name;
                    break;
                }

            case MemberAccessExpressionSyntax member when DottedName(member) is { } dotted:
                className = dotted;
                break;
            default:
                return false;
        }

        return JavaLibrary.ResolveClass(className, []) is not null;
    }

    /// <summary><c>java.lang.Math</c> as a string when the expression is a chain of names starting with a lowercase package.</summary>
    private static string? DottedName(MemberAccessExpressionSyntax member)
    {
        var parts = new List<string>();
        ExpressionSyntax current = member;
        while (current is MemberAccessExpressionSyntax access)
        {
            parts.Add(access.Name.Identifier.Text);
            current = access.Expression;
        }

        if (current is not IdentifierNameSyntax { Identifier.Text: var head } || head is not ("java" or "javax" or "org" or "com"))
        {
            return null;
        }

        parts.Add(head);
        parts.Reverse();
        return string.Join('.', parts);
    }

    /// <summary>A Java class imported by name that Flexo's Java library does not describe: members are not checked.</summary>
    private static bool IsOpaqueClass(FmlType type) => type is ClassType c && JavaLibrary.ResolveClass(c.QualifiedName, []) is null;
}

using System.Collections.Immutable;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Semantics.Java;
using Flexo.Fml.Syntax;
using Flexo.Fml.Text;

namespace Flexo.Fml.Semantics;

internal sealed partial class Binder
{
    /// <summary>The element type of <c>c.properties</c>: a property object, whose members are not checked.</summary>
    private static readonly ClassType s_propertyClass = new("org.openflexo.foundation.fml.FlexoProperty");

    /// <summary>The element type of <c>c.behaviours</c>: a behaviour object, whose members are not checked.</summary>
    private static readonly ClassType s_behaviourClass = new("org.openflexo.foundation.fml.FlexoBehaviour");

    private static readonly ConceptMetaType s_anyConcept = new(null);

    /// <summary>
    /// <c>c.member</c> on a <c>Concept&lt;C&gt;</c> value: the documented reflective members (docs/scripts.md),
    /// <c>Model.Concept</c> written as a value, <c>Object</c>'s members; any other member is not checked.
    /// </summary>
    private BoundExpression BindReflectiveProperty(SyntaxNode syntax, BoundExpression receiver, ConceptMetaType type, string name, TextSpan nameSpan)
    {
        var concept = type.Concept;
        FmlType? result = name switch
        {
            ReflectiveMembers.Name or ReflectiveMembers.Uri or ReflectiveMembers.NormalizedFml or ReflectiveMembers.FmlPrettyPrint => ClassType.String,
            ReflectiveMembers.Concepts when concept is null || concept.IsModel => ClassType.ListOf(s_anyConcept),
            ReflectiveMembers.ParentConcepts => ClassType.ListOf(s_anyConcept),
            ReflectiveMembers.Properties => ClassType.ListOf(s_propertyClass),
            ReflectiveMembers.Behaviours => ClassType.ListOf(s_behaviourClass),
            ReflectiveMembers.Container => new ConceptMetaType(concept is null ? null : concept.LexicalContainer ?? concept.ContainerModel),
            _ => null,
        };
        if (result is not null)
        {
            return new BoundReflectiveCall(syntax, receiver, name, [], result);
        }

        if (name == "enumValues")
        {
            return new BoundBuiltInMember(syntax, receiver, name,
                ClassType.ListOf(concept is { Kind: ConceptKind.Enum } ? new ConceptType(concept) : ClassType.Object));
        }

        if (receiver is BoundConceptReference reference && _analyzer.FindInnerConcept(reference.Concept, name) is { } inner)
        {
            // Model.Concept or Outer.Inner written as a value.
            return new BoundConceptReference(syntax, inner);
        }

        if (JavaLibrary.FindProperty(ClassType.Object, name) is { } objectMember)
        {
            return new BoundJavaMember(syntax, receiver, objectMember, [], objectMember.ReturnType);
        }

        if (name == ReflectiveMembers.Concepts)
        {
            Report(SemanticErrors.UnknownMember(nameSpan, type.DisplayName, name));
            return Error(syntax, receiver);
        }

        return new BoundBuiltInMember(syntax, receiver, name, ErrorType.Instance);
    }

    /// <summary><c>c.member(args)</c> on a <c>Concept&lt;C&gt;</c> value; arguments are kept, even for members not checked.</summary>
    private BoundExpression BindReflectiveCall(InvocationExpressionSyntax syntax, BoundExpression receiver, ConceptMetaType type, string name,
        TextSpan nameSpan, ImmutableArray<BoundExpression> arguments)
    {
        var concept = type.Concept;
        switch (name)
        {
            case ReflectiveMembers.GetFlexoConcept when concept is null || concept.IsModel:
                {
                    if (!CheckReflectiveArguments(name, "name", ClassType.String, arguments, nameSpan))
                    {
                        return Error(syntax, [receiver, .. arguments]);
                    }

                    var found = concept is not null && arguments[0] is BoundLiteral { Value: string conceptName }
                        ? _analyzer.FindInnerConcept(concept, conceptName)
                        : null;
                    return new BoundReflectiveCall(syntax, receiver, name, arguments, new ConceptMetaType(found));
                }

            case ReflectiveMembers.GetFlexoConcept:
                Report(SemanticErrors.UnknownMember(nameSpan, type.DisplayName, name));
                return Error(syntax, [receiver, .. arguments]);
            case ReflectiveMembers.IsSuperConceptOf:
                return CheckReflectiveArguments(name, "concept", s_anyConcept, arguments, nameSpan)
                    ? new BoundReflectiveCall(syntax, receiver, name, arguments, PrimitiveType.Boolean)
                    : Error(syntax, [receiver, .. arguments]);
        }

        if (JavaLibrary.FindMember(type, name, TypesOf(arguments)) is { } member)
        {
            return new BoundJavaMember(syntax, receiver, member, arguments, member.ReturnType);
        }

        // Not checked (as members of adapter types): the engine reports at run time a member it does not provide.
        return new BoundReflectiveCall(syntax, receiver, name, arguments, ErrorType.Instance);
    }

    /// <summary>Checks the single argument of a reflective call (FML2005, FML2006, FML2007).</summary>
    private bool CheckReflectiveArguments(string member, string parameter, FmlType parameterType, ImmutableArray<BoundExpression> arguments, TextSpan at)
    {
        if (arguments.Length == 0)
        {
            Report(SemanticErrors.MissingArgument(at, member, parameter));
            return false;
        }

        if (arguments.Length > 1)
        {
            Report(SemanticErrors.TooManyArguments(arguments[1].Syntax.Span, member, 1, arguments.Length));
            return false;
        }

        if (!IsImplicitlyConvertible(arguments[0].Type, parameterType))
        {
            Report(SemanticErrors.ArgumentType(arguments[0].Syntax.Span, parameter, parameterType.DisplayName, arguments[0].Type.DisplayName));
            return false;
        }

        return true;
    }
}

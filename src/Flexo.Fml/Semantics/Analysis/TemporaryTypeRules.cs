// Temporary minimal type rules, replaced by the complete TypeFacts/OperatorTyping/JavaLibrary.
using System.Collections.Immutable;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics
{
    internal static class TypeFacts
    {
        public static bool IsAssignable(FmlType target, FmlType source, bool permissive = false)
        {
            _ = permissive;
            if (target.IsError || source.IsError || target.Equals(source) || target.Equals(ClassType.Object))
            {
                return true;
            }

            if (source is NullType)
            {
                return target is not PrimitiveType;
            }

            if (IsNumeric(target) && IsNumeric(source))
            {
                return true;
            }

            if (target is ConceptType t && source is ConceptType s)
            {
                return t.Concept is null || (s.Concept is not null && t.Concept.IsSuperConceptOf(s.Concept));
            }

            if (target is ClassType tc && source is ClassType sc)
            {
                return tc.QualifiedName == sc.QualifiedName || tc.SimpleName is "List" or "Collection" or "Iterable";
            }

            return target is ClassType { QualifiedName: "java.lang.Boolean" } && source == PrimitiveType.Boolean;
        }

        public static bool IsNumeric(FmlType type) => type is PrimitiveType { IsNumeric: true }
            || type is ClassType { QualifiedName: "java.lang.Integer" or "java.lang.Long" or "java.lang.Double" or "java.lang.Float" };

        public static bool IsBoolean(FmlType type) => type == PrimitiveType.Boolean || type is ClassType { QualifiedName: "java.lang.Boolean" };

        public static bool IsReference(FmlType type) => type is not PrimitiveType;

        public static FmlType? ElementTypeOf(FmlType type) => type is ClassType { TypeArguments.Length: 1 } c ? c.TypeArguments[0]
            : type is ClassType { SimpleName: "List" or "Set" or "Collection" or "ArrayList" } ? ClassType.Object : null;

        public static FmlType CommonType(FmlType a, FmlType b) => a.Equals(b) || b is NullType ? a : a is NullType ? b : ClassType.Object;
    }

    internal static class OperatorTyping
    {
        public static FmlType? Binary(SyntaxKind op, FmlType left, FmlType right)
        {
            if (left.IsError || right.IsError)
            {
                return ErrorType.Instance;
            }

            return op switch
            {
                SyntaxKind.PlusToken when left.Equals(ClassType.String) || right.Equals(ClassType.String) => ClassType.String,
                SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken or SyntaxKind.LessThanToken or SyntaxKind.GreaterThanToken
                    or SyntaxKind.LessThanEqualsToken or SyntaxKind.GreaterThanEqualsToken or SyntaxKind.AmpersandAmpersandToken
                    or SyntaxKind.BarBarToken => PrimitiveType.Boolean,
                SyntaxKind.SlashToken or SyntaxKind.PercentToken => PrimitiveType.Double,
                _ => left,
            };
        }

        public static FmlType? Unary(SyntaxKind op, FmlType operand) => op == SyntaxKind.ExclamationToken ? PrimitiveType.Boolean : operand;
    }
}

namespace Flexo.Fml.Semantics.Java
{
    /// <summary>Temporary.</summary>
    public sealed record JavaMember(string Name, FmlType ReturnType, ImmutableArray<FmlType> ParameterTypes, bool IsStatic, bool IsProperty, string DotNetMapping);

    internal static class JavaLibrary
    {
        public static FmlType? ResolveClass(string name, IReadOnlyList<FmlType> typeArguments) => JavaTypes.Resolve(name, [.. typeArguments]);

        public static JavaMember? FindMember(FmlType receiver, string name, IReadOnlyList<FmlType> argumentTypes) =>
            new(name, ErrorType.Instance, [.. argumentTypes], false, false, "");

        public static JavaMember? FindProperty(FmlType receiver, string name) => new(name, ErrorType.Instance, [], false, true, "");

        public static JavaMember? FindStatic(string className, string name, IReadOnlyList<FmlType> argumentTypes) =>
            new(name, ErrorType.Instance, [.. argumentTypes], true, false, "");
    }
}

using System.Reflection;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Tests;

/// <summary>
/// The public syntax tree is immutable and closed: node types are sealed or abstract, cannot be constructed or
/// derived from outside the library, and expose no setters and no fields.
/// </summary>
public sealed class PublicSurfaceTests
{
    private const BindingFlags AllInstance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;

    public static TheoryData<string> NodeTypes
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var type in PublicNodeTypes())
            {
                data.Add(type.FullName!);
            }

            return data;
        }
    }

    private static IEnumerable<Type> PublicNodeTypes() =>
        typeof(SyntaxNode).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Flexo.Fml.Syntax" && typeof(SyntaxNode).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static Type Resolve(string name) => typeof(SyntaxNode).Assembly.GetType(name, throwOnError: true)!;

    [Fact]
    public void There_are_public_node_types() => Assert.True(PublicNodeTypes().Count() > 60);

    [Theory]
    [MemberData(nameof(NodeTypes))]
    public void Node_type_is_sealed_or_abstract(string name)
    {
        var type = Resolve(name);
        Assert.True(type.IsSealed || type.IsAbstract, $"{name} is neither sealed nor abstract.");
    }

    [Theory]
    [MemberData(nameof(NodeTypes))]
    public void Node_type_cannot_be_constructed_or_derived_from_outside(string name)
    {
        var visible = Resolve(name).GetConstructors(AllInstance)
            .Where(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly)
            .Select(c => c.ToString())
            .ToList();
        Assert.True(visible.Count == 0, $"{name} has constructors visible outside the library: {string.Join("; ", visible)}");
    }

    [Theory]
    [MemberData(nameof(NodeTypes))]
    public void Node_type_has_no_public_setters_or_fields(string name)
    {
        var type = Resolve(name);
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.SetMethod is { } setter && (setter.IsPublic || setter.IsFamily || setter.IsFamilyOrAssembly))
            .Select(p => p.Name);
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Select(f => f.Name);
        var offenders = setters.Concat(fields).ToList();
        Assert.True(offenders.Count == 0, $"{name} exposes mutable members: {string.Join(", ", offenders)}");
    }

    [Theory]
    [InlineData(typeof(SyntaxToken))]
    [InlineData(typeof(SyntaxTree))]
    [InlineData(typeof(SyntaxList<SyntaxNode>))]
    [InlineData(typeof(SeparatedSyntaxList<SyntaxNode>))]
    [InlineData(typeof(SyntaxTokenList))]
    public void Other_tree_types_are_sealed_without_public_constructors_or_setters(Type type)
    {
        Assert.True(type.IsSealed, $"{type.Name} is not sealed.");
        Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        Assert.DoesNotContain(type.GetProperties(BindingFlags.Public | BindingFlags.Instance), p => p.SetMethod is { IsPublic: true });
    }

    /// <summary>Every concrete node class has a node kind of its own in <see cref="SyntaxKind"/>, named after it.</summary>
    [Fact]
    public void Concrete_node_types_match_node_kinds()
    {
        var kinds = Enum.GetNames<SyntaxKind>().ToHashSet(StringComparer.Ordinal);
        var unmatched = PublicNodeTypes()
            .Where(t => !t.IsAbstract && t != typeof(ConceptDeclarationSyntax) && t != typeof(BehaviourDeclarationSyntax))
            .Select(t => t.Name[..^"Syntax".Length])
            .Where(n => !kinds.Contains(n))
            .ToList();
        Assert.True(unmatched.Count == 0, "No SyntaxKind for: " + string.Join(", ", unmatched));
    }
}

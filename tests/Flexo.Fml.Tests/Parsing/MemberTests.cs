using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Parsing;

/// <summary>Properties, cardinalities, roles, behaviours, parameters, listeners and invariants (FML reference §3.5-§3.7).</summary>
public sealed class MemberTests
{
    [Fact]
    public void Plain_property()
    {
        var property = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member("private String name;"));
        Assert.Equal("String", property.Type.ToString());
        Assert.Equal("name", property.Identifier.Text);
        Assert.Null(property.Cardinality);
        Assert.Null(property.Initializer);
        Assert.Null(property.Role);
        Assert.Equal([SyntaxKind.PrivateKeyword], property.Modifiers.Select(m => m.Kind));
        Assert.Equal(SyntaxKind.SemicolonToken, property.Semicolon.Kind);
    }

    [Fact]
    public void Property_with_initializer()
    {
        var property = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member("int titi = 2 + 3;"));
        Assert.Equal("(2 + 3)", FmlText.Shape(property.Initializer!.Value));
        Assert.IsType<PredefinedTypeSyntax>(property.Type);
    }

    [Fact]
    public void Property_initialized_with_an_action()
    {
        var property = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member("List<Task> all = select Task from this;"));
        Assert.IsType<SelectExpressionSyntax>(property.Initializer!.Value);
    }

    [Theory]
    [InlineData("String[2,8] s;", "2", "8")]
    [InlineData("String[0,*] s;", "0", "*")]
    [InlineData("String[1,*] s;", "1", "*")]
    [InlineData("String[*,4] s;", "*", "4")]
    [InlineData("String[*,*] s;", "*", "*")]
    [InlineData("String[1,1] s;", "1", "1")]
    [InlineData("String[1,n] s;", "1", "n")]
    [InlineData("List<String>[0,*] s;", "0", "*")]
    public void Cardinality_bounds_are_kept_as_written(string member, string lower, string upper)
    {
        var cardinality = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member(member)).Cardinality!;
        Assert.Equal(lower, cardinality.Lower!.Text);
        Assert.Equal(upper, cardinality.Upper!.Text);
        Assert.NotNull(cardinality.OpenBracket);
        Assert.NotNull(cardinality.Comma);
        Assert.NotNull(cardinality.CloseBracket);
        Assert.Null(cardinality.Ellipsis);
    }

    [Fact]
    public void Cardinality_ellipsis()
    {
        var cardinality = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member("String... aliases;")).Cardinality!;
        Assert.Equal(SyntaxKind.DotDotDotToken, cardinality.Ellipsis!.Kind);
        Assert.Null(cardinality.Lower);
        Assert.Null(cardinality.OpenBracket);
    }

    [Fact]
    public void Cardinality_numeric_bounds_have_int_values()
    {
        var cardinality = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member("String[2,8] s;")).Cardinality!;
        Assert.Equal(2, cardinality.Lower!.Value);
        Assert.Equal(8, cardinality.Upper!.Value);
        Assert.Equal(SyntaxKind.NumericLiteralToken, cardinality.Lower.Kind);
    }

    [Theory]
    [InlineData("String[,] s;", "FML1019 FML1019")]
    [InlineData("String[1 2] s;", "FML1010")]
    [InlineData("String[1,2 s;", "FML1010")]
    [InlineData("String[\"a\",1] s;", "FML1019")]
    public void Malformed_cardinality_is_reported(string member, string codes)
    {
        var tree = FmlText.Parse($"model M {{ {member} }}");
        Assert.Equal(codes, string.Join(' ', FmlText.Codes(tree)));
    }

    [Fact]
    public void Role_with_a_kind_clause()
    {
        var property = Assert.IsType<PropertyDeclarationSyntax>(
            FmlText.Member("Catalog c with ModelInstance(isRequired=true, isReadOnly=false);"));
        var role = property.Role!;
        Assert.Equal(SyntaxKind.WithKeyword, role.WithKeyword.Kind);
        Assert.Null(role.Qualifier);
        Assert.Null(role.ColonColon);
        Assert.Equal("ModelInstance", role.Name.Text);
        Assert.Equal(["isRequired", "isReadOnly"], role.Arguments!.Arguments.Select(a => a.Name.Text));
        Assert.Equal("true", role.Arguments.Arguments[0].Value.ToString());
    }

    [Fact]
    public void Role_with_a_qualified_kind_clause()
    {
        var role = Assert.IsType<PropertyDeclarationSyntax>(
            FmlText.Member("Shape s with DIAGRAM::ShapeRole(metamodelElement=RED_SHAPE, label=name);")).Role!;
        Assert.Equal("DIAGRAM", role.Qualifier!.Text);
        Assert.Equal(SyntaxKind.ColonColonToken, role.ColonColon!.Kind);
        Assert.Equal("ShapeRole", role.Name.Text);
        Assert.Equal(2, role.Arguments!.Arguments.Count);
    }

    [Fact]
    public void Role_without_arguments()
    {
        var role = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member("Genre g with ConceptInstance;")).Role!;
        Assert.Null(role.Arguments);
        Assert.Empty(Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member("Genre g with ConceptInstance();")).Role!.Arguments!.Arguments);
    }

    [Fact]
    public void Role_with_cardinality_and_kind_clause()
    {
        var property = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member("Book[0,*] books with ConceptInstance(container=this);"));
        Assert.Equal("*", property.Cardinality!.Upper!.Text);
        Assert.Equal("ConceptInstance", property.Role!.Name.Text);
    }

    [Fact]
    public void Keyword_arguments_with_types_nested_objects_and_lists()
    {
        var role = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member(
            "Diagram d with TypedDiagram(diagramSpecification=X, type=List<String>, single=PaletteElementBinding:(id=\"a\"), "
            + "bindings={ PaletteElementBinding:(paletteElementId=\"a\", call=new C::drop()), DIAGRAM::PaletteElementBinding:(paletteElementId=\"b\") });"))
            .Role!;
        var arguments = role.Arguments!.Arguments;
        Assert.Equal(["diagramSpecification", "type", "single", "bindings"], arguments.Select(a => a.Name.Text));
        Assert.IsType<IdentifierNameSyntax>(arguments[0].Value);
        Assert.IsType<GenericNameSyntax>(arguments[1].Value);
        var single = Assert.IsType<NestedObjectSyntax>(arguments[2].Value);
        Assert.Equal("PaletteElementBinding", single.Name.Text);
        Assert.Null(single.Qualifier);
        var list = Assert.IsType<NestedObjectListSyntax>(arguments[3].Value);
        Assert.Equal(2, list.Objects.Count);
        Assert.Equal("DIAGRAM", list.Objects[1].Qualifier!.Text);
        Assert.IsType<ObjectCreationExpressionSyntax>(list.Objects[0].Arguments.Arguments[1].Value);
    }

    [Fact]
    public void Technology_typed_property()
    {
        var property = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member("OWLIndividualType(owlClass=CAT) cat;"));
        var type = Assert.IsType<TechnologyTypeSyntax>(property.Type);
        Assert.Equal("OWLIndividualType", type.Name.Text);
        Assert.Equal("cat", property.Identifier.Text);
    }

    [Fact]
    public void Abstract_property()
    {
        var property = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member("public abstract String title;"));
        Assert.Equal([SyntaxKind.PublicKeyword, SyntaxKind.AbstractKeyword], property.Modifiers.Select(m => m.Kind));
        Assert.Equal("title", property.Identifier.Text);
    }

    [Fact]
    public void Expression_property()
    {
        var property = Assert.IsType<ExpressionPropertyDeclarationSyntax>(FmlText.Member("int total values a + b * 2;"));
        Assert.Equal("total", property.Identifier.Text);
        Assert.Equal(SyntaxKind.ValuesKeyword, property.ValuesKeyword.Kind);
        Assert.Equal("(a + (b * 2))", FmlText.Shape(property.Expression));
    }

    [Fact]
    public void Get_set_property()
    {
        var property = Assert.IsType<GetSetPropertyDeclarationSyntax>(FmlText.Member(
            "String upper { String get() { return stored.toUpperCase(); } set(String v) { stored = v; } };"));
        Assert.Equal("upper", property.Identifier.Text);
        Assert.Equal("String", property.Getter.Type!.ToString());
        Assert.Single(property.Getter.Body.Statements);
        Assert.Equal("String", property.Setter!.Type!.ToString());
        Assert.Equal("v", property.Setter.Identifier!.Text);
        Assert.NotNull(property.Semicolon);
    }

    [Fact]
    public void Get_property_without_setter_type_or_final_semicolon()
    {
        var property = Assert.IsType<GetSetPropertyDeclarationSyntax>(FmlText.Member("int n { get() { return 1; } }"));
        Assert.Null(property.Getter.Type);
        Assert.Null(property.Setter);
        Assert.Null(property.Semicolon);
        var withSetter = Assert.IsType<GetSetPropertyDeclarationSyntax>(FmlText.Member("int n { get() { return 1; } set() { } }"));
        Assert.Null(withSetter.Setter!.Type);
        Assert.Null(withSetter.Setter.Identifier);
    }

    [Theory]
    [InlineData("create() { }", SyntaxKind.CreationSchemeDeclaration, null, 0)]
    [InlineData("create::init(String a, int b) { }", SyntaxKind.CreationSchemeDeclaration, "init", 2)]
    [InlineData("delete() { }", SyntaxKind.DeletionSchemeDeclaration, null, 0)]
    [InlineData("delete::purge(boolean all) { }", SyntaxKind.DeletionSchemeDeclaration, "purge", 1)]
    public void Creation_and_deletion_schemes(string member, SyntaxKind kind, string? name, int parameters)
    {
        var scheme = Assert.IsType<BehaviourDeclarationSyntax>(FmlText.Member(member));
        Assert.Equal(kind, scheme.Kind);
        Assert.NotNull(scheme.Keyword);
        Assert.Equal(name, scheme.Identifier?.Text);
        Assert.Equal(name is null, scheme.ColonColon is null);
        Assert.Equal(parameters, scheme.Parameters.Parameters.Count);
        Assert.NotNull(scheme.Body);
        Assert.Null(scheme.ReturnType);
    }

    [Theory]
    [InlineData("int f(int a) { return a; }", "int", true)]
    [InlineData("f() { }", null, true)]
    [InlineData("public void g();", "void", false)]
    [InlineData("List<String> names() { }", "List<String>", true)]
    [InlineData("abstract int weight();", "int", false)]
    [InlineData("String[] all() { }", "String[]", true)]
    public void Methods(string member, string? returnType, bool hasBody)
    {
        var method = Assert.IsType<BehaviourDeclarationSyntax>(FmlText.Member(member));
        Assert.Equal(SyntaxKind.MethodDeclaration, method.Kind);
        Assert.Equal(returnType, method.ReturnType?.ToString());
        Assert.Null(method.Keyword);
        Assert.Equal(hasBody, method.Body is not null);
        Assert.Equal(!hasBody, method.Semicolon is not null);
    }

    [Fact]
    public void Method_name_may_be_a_contextual_keyword()
    {
        var method = Assert.IsType<BehaviourDeclarationSyntax>(FmlText.Member("int select(int from) { return from; }"));
        Assert.Equal("select", method.Identifier!.Text);
        Assert.Equal(SyntaxKind.IdentifierToken, method.Identifier.Kind);
        Assert.Equal("from", method.Parameters.Parameters[0].Identifier.Text);
    }

    [Fact]
    public void Technology_behaviour_with_a_kind_clause()
    {
        var method = Assert.IsType<BehaviourDeclarationSyntax>(FmlText.Member("drop(int x) with DIAGRAM::DropScheme(targetType=Book) { }"));
        Assert.Equal("DIAGRAM", method.KindClause!.Qualifier!.Text);
        Assert.Equal("DropScheme", method.KindClause.Name.Text);
        Assert.IsType<IdentifierNameSyntax>(Assert.Single(method.KindClause.Arguments!.Arguments).Value);
        Assert.Equal("Book", method.KindClause.Arguments.Arguments[0].Value.ToString());
    }

    [Fact]
    public void Parameters_with_required_and_defaults()
    {
        var scheme = Assert.IsType<BehaviourDeclarationSyntax>(FmlText.Member("create(required String a, required int b = 7, List<A> c, d.E e = null) { }"));
        var parameters = scheme.Parameters.Parameters;
        Assert.Equal(["a", "b", "c", "e"], parameters.Select(p => p.Identifier.Text));
        Assert.Equal(["String", "int", "List<A>", "d.E"], parameters.Select(p => p.Type.ToString()));
        Assert.Equal([true, true, false, false], parameters.Select(p => p.Modifiers.Contains(SyntaxKind.RequiredKeyword)));
        Assert.Equal("7", parameters[1].Default!.Value.ToString());
        Assert.Null(parameters[0].Default);
        Assert.Equal(3, scheme.Parameters.Parameters.SeparatorCount);
    }

    [Fact]
    public void Parameter_named_required()
    {
        var method = Assert.IsType<BehaviourDeclarationSyntax>(FmlText.Member("f(boolean required) { }"));
        var parameter = Assert.Single(method.Parameters.Parameters);
        Assert.Equal("required", parameter.Identifier.Text);
        Assert.Empty(parameter.Modifiers);
    }

    [Fact]
    public void Listener()
    {
        var listener = Assert.IsType<ListenerDeclarationSyntax>(FmlText.Member("listen PingEvent from pong.vmi { log evt; }"));
        Assert.Equal("PingEvent", listener.EventType.ToString());
        Assert.Equal("pong.vmi", FmlText.Shape(listener.Source));
        Assert.Single(listener.Body!.Statements);
    }

    [Fact]
    public void Invariants()
    {
        var simple = Assert.IsType<InvariantDeclarationSyntax>(FmlText.Member("assert pages >= 0;"));
        Assert.Equal("(pages >= 0)", FmlText.Shape(simple.Condition));
        Assert.Null(simple.OnFailure);
        Assert.NotNull(simple.Semicolon);

        var withFix = Assert.IsType<InvariantDeclarationSyntax>(FmlText.Member("assert pages < 10 onfailure: pages = 0;"));
        Assert.Null(withFix.Semicolon);
        Assert.IsType<ExpressionStatementSyntax>(withFix.OnFailure!.Statement);

        var iteration = Assert.IsType<IterationInvariantDeclarationSyntax>(FmlText.Member(
            "assert (Chapter c : chapters) { assert c.number > 0; assert c.title != null onfailure: { c.title = \"\"; } }"));
        Assert.Equal("Chapter", iteration.Type.ToString());
        Assert.Equal("c", iteration.Identifier.Text);
        Assert.Equal("chapters", iteration.Collection.ToString());
        Assert.Equal(2, iteration.Invariants.Count);
        Assert.IsType<BlockSyntax>(iteration.Invariants[1].OnFailure!.Statement);
    }

    [Fact]
    public void Parenthesized_assert_that_is_not_an_iteration()
    {
        var invariant = Assert.IsType<InvariantDeclarationSyntax>(FmlText.Member("assert (a > b);"));
        Assert.IsType<ParenthesizedExpressionSyntax>(invariant.Condition);
    }

    [Fact]
    public void Members_keep_their_order()
    {
        var model = FmlText.Model(FmlText.ParseValid(
            "model M { int a; concept C { } int f() { return 1; } enum E { X } event V { } create() { } listen V from this { } assert a > 0; int b values a; int c { get() { return a; } } }"));
        Assert.Equal(
            [SyntaxKind.PropertyDeclaration, SyntaxKind.ConceptDeclaration, SyntaxKind.MethodDeclaration, SyntaxKind.EnumDeclaration,
                SyntaxKind.EventDeclaration, SyntaxKind.CreationSchemeDeclaration, SyntaxKind.ListenerDeclaration,
                SyntaxKind.InvariantDeclaration, SyntaxKind.ExpressionPropertyDeclaration, SyntaxKind.GetSetPropertyDeclaration],
            model.Members.Select(m => m.Kind));
    }

    [Theory]
    [InlineData("int model;")]
    [InlineData("int concept;")]
    [InlineData("int delete;")]
    [InlineData("String select;")]
    [InlineData("int abstract;")]
    [InlineData("int values;")]
    [InlineData("int get;")]
    [InlineData("int create;")]
    [InlineData("int listen;")]
    [InlineData("int assert;")]
    public void Property_named_like_a_keyword(string member)
    {
        var property = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member(member));
        Assert.Equal(SyntaxKind.IdentifierToken, property.Identifier.Kind);
        Assert.Equal(member.Split(' ')[1].TrimEnd(';'), property.Identifier.Text);
    }

    [Theory]
    [InlineData("select s;")]
    [InlineData("from f;")]
    [InlineData("values v;")]
    [InlineData("match m;")]
    public void Property_whose_type_is_named_like_a_keyword(string member)
    {
        var property = Assert.IsType<PropertyDeclarationSyntax>(FmlText.Member(member));
        Assert.Equal(member.Split(' ')[0], property.Type.ToString());
    }
}

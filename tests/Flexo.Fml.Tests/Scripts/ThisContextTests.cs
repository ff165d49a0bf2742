using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Tests.Semantics.Checker;
using static Flexo.Fml.Tests.Scripts.FragmentFixture;

namespace Flexo.Fml.Tests.Scripts;

/// <summary>A fragment bound on an instance of a concept sees what a behaviour body of that concept sees.</summary>
public sealed class ThisContextTests
{
    private static Compilation C => Shared;

    private static FragmentContext On(string concept, params (string Name, FmlType Type)[] variables) =>
        new(concept == "HelloWorld" ? Model(C, concept) : Concept(C, "HelloWorld", concept), variables.Select(v => new FragmentVariable(v.Name, v.Type)));

    [Fact]
    public void This_is_the_current_instance_typed_as_the_concept()
    {
        var fragment = BindClean(C, "this", On("ConceptA"));
        Assert.Equal("ConceptA", Assert.IsType<BoundThis>(fragment.Expression).Type.DisplayName);
    }

    [Fact]
    public void A_bare_property_name_is_read_on_this()
    {
        var access = Assert.IsType<BoundPropertyAccess>(BindClean(C, "n + 1", On("ConceptA")).Expression is BoundBinary b ? b.Left : null);
        Assert.IsType<BoundThis>(access.Receiver);
        Assert.Equal("n", access.Property.Name);
    }

    [Fact]
    public void A_property_of_the_model_is_read_on_the_container()
    {
        var access = Assert.IsType<BoundPropertyAccess>(BindClean(C, "greeting", On("ConceptA")).Expression);
        Assert.Equal(1, Assert.IsType<BoundContainerOf>(access.Receiver).Levels);
    }

    [Fact]
    public void Properties_two_levels_up_are_read_two_containers_up()
    {
        var fragment = BindClean(C, "label + n + greeting", On("Inner"));
        var greeting = Assert.IsType<BoundPropertyAccess>(((BoundBinary)fragment.Expression).Right);
        Assert.Equal(2, Assert.IsType<BoundContainerOf>(greeting.Receiver).Levels);
    }

    [Fact]
    public void Behaviours_of_the_concept_and_of_its_containers_are_callable()
    {
        var own = Assert.IsType<BoundBehaviourCall>(BindClean(C, "twice()", On("ConceptA")).Expression);
        Assert.IsType<BoundThis>(own.Receiver);
        var fallback = Assert.IsType<BoundBehaviourCall>(BindClean(C, "printHello()", On("ConceptA")).Expression);
        Assert.Equal(1, Assert.IsType<BoundContainerOf>(fallback.Receiver).Levels);
    }

    [Fact]
    public void Container_is_the_containing_instance()
    {
        var container = Assert.IsType<BoundContainerOf>(BindClean(C, "container", On("Inner")).Expression);
        Assert.Equal("ConceptA", container.Type.DisplayName);
    }

    [Fact]
    public void Inherited_properties_and_private_members_are_visible_as_in_a_body()
    {
        BindClean(C, "extra + n", On("ConceptB"));
        BindClean(C, "secret", On("ConceptA"));
    }

    [Fact]
    public void A_model_instance_context_sees_the_model_s_properties_and_behaviours()
    {
        var fragment = BindClean(C, "x = new ConceptA::init()", On("HelloWorld"));
        Assert.Null(Assert.IsType<BoundNewInstance>(((BoundAssignment)fragment.Expression).Value).Container);
        BindClean(C, "printHello()", On("HelloWorld"));
    }

    [Fact]
    public void Assigning_a_property_is_a_property_assignment_not_a_new_variable()
    {
        var fragment = BindClean(C, "n = 5", On("ConceptA"));
        Assert.IsType<BoundPropertyAccess>(Assert.IsType<BoundAssignment>(fragment.Expression).Target);
        Assert.Null(fragment.DeclaredVariable);
        Assert.Equal("FML2010@4", Codes(C.BindFragment("n = \"five\"", On("ConceptA"))));
    }

    [Fact]
    public void A_variable_hides_a_property_of_the_same_name()
    {
        var fragment = BindClean(C, "n", On("ConceptA", ("n", ClassType.String)));
        Assert.Same(fragment.Variables["n"], Assert.IsType<BoundLocal>(fragment.Expression).Local);
    }

    [Fact]
    public void An_unknown_name_in_a_concept_context_is_FML2002()
    {
        Assert.Equal("FML2002@0", Codes(C.BindFragment("nothing", On("ConceptA"))));
    }

    [Fact]
    public void A_concept_context_resolves_concept_names_as_its_unit_does()
    {
        // Shop is not imported by HelloWorld: from a HelloWorld concept, as in its bodies, it is unknown.
        Assert.Equal("FML2002@0", Codes(C.BindFragment("Basket", On("ConceptA"))));
        BindClean(C, "Inner", On("ConceptA"));
    }

    [Fact]
    public void A_concept_context_of_a_unit_the_incremental_check_did_not_bind_keeps_that_unit_s_diagnostics()
    {
        var first = CheckerFixture.Compile(("HelloWorld.fml/HelloWorld.fml", HelloWorld + "\n"), ("Shop.fml/Shop.fml", Shop));
        Assert.Empty(first.GetAllDiagnostics().SelectMany(p => p.Value));
        var second = first.WithDocument(CheckerFixture.Document("Shop.fml/Shop.fml", Shop + "\n// edited\n"));
        var before = CheckerFixture.Format(second);
        Assert.DoesNotContain("HelloWorld.fml/HelloWorld.fml", second.AnalysedPaths);
        var concept = second.FindModel("HelloWorld")!.NestedConcepts.Single(c => c.Name == "ConceptA");
        var fragment = second.BindFragment("twice() + greeting.length()", new FragmentContext(concept));
        Assert.Empty(fragment.Diagnostics);
        Assert.Equal(before, CheckerFixture.Format(second));
    }
}

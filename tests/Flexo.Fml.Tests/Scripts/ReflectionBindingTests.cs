using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Tests.Semantics.Checker;
using static Flexo.Fml.Tests.Scripts.FragmentFixture;

namespace Flexo.Fml.Tests.Scripts;

/// <summary>Members of <c>Concept&lt;C&gt;</c> values (a loaded model, <c>x.conceptType</c>): types, arguments, errors.</summary>
public sealed class ReflectionBindingTests
{
    private static Compilation C => Shared;

    private static FragmentContext Variables => Script(
        ("m", new ConceptMetaType(Model(C, "HelloWorld"))),
        ("c", new ConceptMetaType(Concept(C, "HelloWorld", "ConceptA"))),
        ("d", new ConceptMetaType(Concept(C, "HelloWorld", "ConceptB"))),
        ("any", new ConceptMetaType(null)),
        ("a", new ConceptType(Concept(C, "HelloWorld", "ConceptA"))),
        ("s", ClassType.String));

    private static BoundReflectiveCall Reflective(string text, string member, string type)
    {
        var call = Assert.IsType<BoundReflectiveCall>(BindClean(C, text, Variables).Expression);
        Assert.Equal(member, call.Member);
        Assert.Equal(type, call.Type.DisplayName);
        return call;
    }

    [Theory]
    [InlineData("m.name", ReflectiveMembers.Name, "String")]
    [InlineData("m.uri", ReflectiveMembers.Uri, "String")]
    [InlineData("m.concepts", ReflectiveMembers.Concepts, "List<Concept<?>>")]
    [InlineData("any.concepts", ReflectiveMembers.Concepts, "List<Concept<?>>")]
    [InlineData("c.parentConcepts", ReflectiveMembers.ParentConcepts, "List<Concept<?>>")]
    [InlineData("c.properties", ReflectiveMembers.Properties, "List<FlexoProperty>")]
    [InlineData("c.behaviours", ReflectiveMembers.Behaviours, "List<FlexoBehaviour>")]
    [InlineData("m.normalizedFML", ReflectiveMembers.NormalizedFml, "String")]
    [InlineData("c.fMLPrettyPrint", ReflectiveMembers.FmlPrettyPrint, "String")]
    [InlineData("c.container", ReflectiveMembers.Container, "Concept<HelloWorld>")]
    [InlineData("m.container", ReflectiveMembers.Container, "Concept<?>")]
    [InlineData("a.conceptType.name", ReflectiveMembers.Name, "String")]
    [InlineData("a.virtualModelType.name", ReflectiveMembers.Name, "String")]
    [InlineData("HelloWorld.uri", ReflectiveMembers.Uri, "String")]
    public void A_reflective_property_binds_with_its_type(string text, string member, string type)
    {
        Assert.Empty(Reflective(text, member, type).Arguments);
    }

    [Fact]
    public void GetFlexoConcept_with_a_literal_name_has_the_concept_s_type()
    {
        var call = Reflective("m.getFlexoConcept(\"ConceptB\")", ReflectiveMembers.GetFlexoConcept, "Concept<ConceptB>");
        Assert.Equal("ConceptB", Assert.IsType<BoundLiteral>(Assert.Single(call.Arguments)).Value);
        Reflective("m.getFlexoConcept(s)", ReflectiveMembers.GetFlexoConcept, "Concept<?>");
        Reflective("m.getFlexoConcept(\"Nothing\")", ReflectiveMembers.GetFlexoConcept, "Concept<?>");
        Reflective("any.getFlexoConcept(s)", ReflectiveMembers.GetFlexoConcept, "Concept<?>");
    }

    [Fact]
    public void IsSuperConceptOf_takes_a_concept_and_gives_a_boolean()
    {
        var call = Reflective("c.isSuperConceptOf(d)", ReflectiveMembers.IsSuperConceptOf, "boolean");
        Assert.IsType<BoundLocal>(Assert.Single(call.Arguments));
        Reflective("c.isSuperConceptOf(a.conceptType)", ReflectiveMembers.IsSuperConceptOf, "boolean");
    }

    [Theory]
    [InlineData("m.getFlexoConcept()", "FML2005@2")]
    [InlineData("m.getFlexoConcept(\"A\", \"B\")", "FML2006@23")]
    [InlineData("m.getFlexoConcept(1)", "FML2007@18")]
    [InlineData("c.isSuperConceptOf(\"x\")", "FML2007@19")]
    [InlineData("c.getFlexoConcept(\"A\")", "FML2003@2")]
    [InlineData("c.concepts", "FML2003@2")]
    public void Reflective_arguments_and_receivers_are_checked(string text, string codes)
    {
        Assert.Equal(codes, Codes(C.BindFragment(text, Variables)));
    }

    [Fact]
    public void Enum_values_of_an_enum_concept_value_are_typed_by_the_enum()
    {
        var color = Script(("col", new ConceptMetaType(Concept(C, "HelloWorld", "Color"))));
        var member = Assert.IsType<BoundBuiltInMember>(BindClean(C, "col.enumValues", color).Expression);
        Assert.Equal("List<Color>", member.Type.DisplayName);
        Assert.Equal("List<Color>", BindClean(C, "Color.enumValues", FragmentContext.Script).Expression.Type.DisplayName);
    }

    [Fact]
    public void Object_members_of_a_concept_value_are_Java_members()
    {
        Assert.IsType<BoundJavaMember>(BindClean(C, "c.toString()", Variables).Expression);
        Assert.IsType<BoundJavaMember>(BindClean(C, "c.equals(d)", Variables).Expression);
    }

    [Fact]
    public void Other_members_are_not_checked_but_keep_their_arguments()
    {
        var property = Assert.IsType<BoundBuiltInMember>(BindClean(C, "c.somethingElse", Variables).Expression);
        Assert.True(property.Type.IsError);
        var call = Assert.IsType<BoundReflectiveCall>(BindClean(C, "c.somethingElse(1, s)", Variables).Expression);
        Assert.Equal("somethingElse", call.Member);
        Assert.Equal(2, call.Arguments.Length);
        Assert.True(call.Type.IsError);
    }

    [Fact]
    public void A_concept_named_through_its_model_is_a_concept_value()
    {
        var reference = Assert.IsType<BoundConceptReference>(BindClean(C, "HelloWorld.ConceptA", FragmentContext.Script).Expression);
        Assert.Equal("ConceptA", reference.Concept.Name);
        Assert.Equal("Inner", Assert.IsType<BoundConceptReference>(BindClean(C, "ConceptA.Inner", FragmentContext.Script).Expression).Concept.Name);
    }

    [Fact]
    public void Reflective_members_bind_in_behaviour_bodies_too()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Zoo {
            	concept Animal {
            		String kind;
            	}
            	concept Cat extends Animal {
            	}
            	public boolean check(Animal a) {
            		String n = a.conceptType.name + Cat.uri;
            		log n;
            		return Animal.isSuperConceptOf(a.conceptType) && this.virtualModelType.getFlexoConcept("Cat").parentConcepts.size() == 1;
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
        var body = compilation.FindModel("Zoo")!.Behaviours.Single().Body!;
        Assert.Contains(BoundNodes(body), n => n is BoundReflectiveCall { Member: ReflectiveMembers.IsSuperConceptOf, Arguments.Length: 1 });
    }

    private static IEnumerable<object> BoundNodes(object node)
    {
        var stack = new Stack<object>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var property in current.GetType().GetProperties())
            {
                if (property.Name is "Syntax" or "Type" || property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                switch (property.GetValue(current))
                {
                    case BoundNode child:
                        stack.Push(child);
                        break;
                    case System.Collections.IEnumerable children and not string:
                        foreach (var item in children)
                        {
                            if (item is BoundNode boundItem)
                            {
                                stack.Push(boundItem);
                            }
                        }

                        break;
                }
            }
        }
    }
}

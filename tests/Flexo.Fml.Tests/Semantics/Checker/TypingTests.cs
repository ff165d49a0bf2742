using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;

namespace Flexo.Fml.Tests.Semantics.Checker;

/// <summary>Types given to expressions and the conversions the checker accepts (docs/checker.md, Typing).</summary>
public sealed class TypingTests
{
    [Fact]
    public void Numbers_convert_to_any_numeric_type_in_assignments_initial_values_returns_and_arguments()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Meter {
            	int count;
            	double ratio = 1;
            	long total = count;
            	public void ring(int times) {
            	}
            	public int half() {
            		return count / 2;
            	}
            	public void run() {
            		count = ratio;
            		int third = count / 3;
            		ring(third);
            		ring(total);
            		float f = total;
            		log f;
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void A_floating_point_argument_converts_to_an_integral_parameter()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Meter {
            	int count;
            	public void ring(int times) {
            	}
            	public void run() {
            		ring(count / 2);
            		ring(2.5);
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void Division_gives_a_double_as_in_openflexo()
    {
        var probe = ScopeProbe.In("""
            model Meter {
            	int count;
            	public void run() {
            		/*@here*/ log count / 2;
            	}
            }
            """);
        Assert.Equal("double", probe.Resolve("count / 2").Type.DisplayName);
    }

    [Fact]
    public void A_return_type_is_inferred_from_the_returned_values_even_across_units_and_before_the_body_is_checked()
    {
        var compilation = CheckerFixture.Compile(
            ("A.fml", """
                import ["http://example.org/Z.fml"];

                model A {
                	Z z with ModelInstance();
                	public int twice() {
                		return z.value() * 2;
                	}
                	public String text() {
                		return z.label();
                	}
                }
                """),
            ("Z.fml", """
                @URI("http://example.org/Z.fml")
                model Z {
                	public value() {
                		return 21;
                	}
                	public label() {
                		return "z";
                	}
                	public nothing() {
                	}
                }
                """));
        CheckerFixture.AssertClean(compilation);
        var z = compilation.FindModel("Z")!;
        Assert.Equal(["int", "String", "void"], z.Behaviours.Select(b => b.ReturnType.DisplayName));
        Assert.All(z.Behaviours, b => Assert.False(b.HasDeclaredReturnType));
    }

    [Fact]
    public void A_value_of_a_sub_concept_converts_to_its_parent_but_not_the_other_way()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Zoo {
            	concept Animal {
            	}
            	concept Dog extends Animal {
            	}
            	Animal pet;
            	Dog dog;
            	public void adopt() {
            		pet = dog;
            		dog = pet;
            		dog = (Dog) pet;
            	}
            }
            """);
        Assert.Equal(["Test.fml(10,9): error FML2010: Cannot use a value of type Animal where Dog is expected."], CheckerFixture.Format(compilation));
    }

    [Fact]
    public void Null_converts_to_references_only()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Zoo {
            	String name = null;
            	int legs = null;
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2010");
    }

    [Fact]
    public void Select_unique_gives_one_instance_and_select_a_list()
    {
        var probe = ScopeProbe.In("""
            model Shop {
            	concept Item {
            	}
            	public void run() {
            		/*@here*/ log (select unique Item from this) == null && (select Item from this).size() > 0;
            	}
            }
            """);
        Assert.Equal("Item", probe.Resolve("select unique Item from this").Type.DisplayName);
        Assert.Equal("List<Item>", probe.Resolve("select Item from this").Type.DisplayName);
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void New_gives_the_named_concept_and_x_new_records_the_container()
    {
        var probe = ScopeProbe.In("""
            model Library {
            	concept Book {
            		concept Chapter {
            		}
            	}
            	public void run() {
            		Book book = new Book();
            		/*@here*/ log book.new Chapter();
            	}
            }
            """);
        var created = Assert.IsType<BoundNewInstance>(probe.Resolve("book.new Chapter()"));
        Assert.Equal("Chapter", created.Type.DisplayName);
        Assert.IsType<BoundLocal>(created.Container);
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void Concept_type_and_properties_of_a_concept_instance()
    {
        var probe = ScopeProbe.In("""
            model Library {
            	concept Book {
            		String[0,*] authors;
            	}
            	Book book;
            	public void run() {
            		/*@here*/ log book.conceptType.name + book.authors.size();
            	}
            }
            """);
        Assert.Equal("Concept<Book>", probe.Resolve("book.conceptType").Type.DisplayName);
        Assert.Equal("String", probe.Resolve("book.conceptType.name").Type.DisplayName);
        Assert.Equal("List<String>", probe.Resolve("book.authors").Type.DisplayName);
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void The_most_specific_overload_wins()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Cocon {
            	concept Top {
            	}
            	concept Middle extends Top {
            	}
            	concept Up {
            		public String cv(Top t) {
            			return "up";
            		}
            	}
            	concept Down extends Up {
            		public String cv(Middle m) {
            			return "down";
            		}
            	}
            	public String run(Down d) {
            		return d.cv(new Middle());
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
        var call = BoundTree.AllNodes(compilation.GetUnit("Test.fml")!).OfType<BoundBehaviourCall>().Single();
        Assert.Equal("Down", call.Behaviour.Owner.Name);
    }

    [Fact]
    public void An_inherited_overload_with_a_more_general_parameter_stays_callable()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Cocon {
            	concept Top {
            	}
            	concept Middle extends Top {
            	}
            	concept Up {
            		public String cv(Top t) {
            			return "up";
            		}
            	}
            	concept Down extends Up {
            		public String cv(Middle m) {
            			return "down";
            		}
            	}
            	public String run(Down d) {
            		return d.cv(new Top());
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
        var call = BoundTree.AllNodes(compilation.GetUnit("Test.fml")!).OfType<BoundBehaviourCall>().Single();
        Assert.Equal("Up", call.Behaviour.Owner.Name);
        Assert.Equal(ConceptKind.Concept, call.Behaviour.Owner.Kind);
    }

    [Fact]
    public void A_read_only_expression_property_of_another_concept_cannot_be_assigned()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Till {
            	concept Line {
            		int price;
            		int quantity;
            		int total values price * quantity;
            	}
            	public void clear(Line line) {
            		line.total = 0;
            	}
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2011");
    }

    [Fact]
    public void An_unknown_member_of_a_concept_instance_is_FML2003_and_known_object_members_are_accepted()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Garage {
            	concept Wheel {
            		int size;
            	}
            	Wheel spare;
            	public String show() {
            		return spare.toString() + spare.colour;
            	}
            }
            """);
        Assert.Equal(["Test.fml(7,35): error FML2003: 'Wheel' has no property or behaviour named 'colour'."], CheckerFixture.Format(compilation));
    }

    [Fact]
    public void Operators_check_their_operands_and_a_wrong_operand_gives_one_diagnostic()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Scale {
            	int weight;
            	boolean heavy;
            	public int run() {
            		int a = weight * "2";
            		boolean b = heavy && weight;
            		String s = "w=" + weight;
            		log s;
            		return a + (b ? 1 : 0);
            	}
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2013", "FML2013");
    }
}

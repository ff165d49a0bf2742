using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;

namespace Flexo.Fml.Tests.Semantics.Checker;

/// <summary>
/// The scope chain of a behaviour body (FML.md §4.2 as Flexo implements it, docs/checker.md): at a marked statement,
/// which symbol each name is bound to, and with which type.
/// </summary>
public sealed class ScopeTests
{
    private const string Harbour = """
        model Harbour {
        	int boats;
        	String name;
        	concept Pier {
        		int length;
        		String name;
        		concept Berth {
        			int number;
        			public void moor(int size, String label) {
        				int local = 1;
        				/*@here*/ log local + number + length + boats + size + parameters.label + name + this + container;
        			}
        		}
        	}
        }
        """;

    [Fact]
    public void A_local_variable_is_bound_to_its_declaration_with_its_declared_type()
    {
        var probe = ScopeProbe.In(Harbour);
        var local = Assert.IsType<BoundLocal>(probe.Resolve("local"));
        Assert.Equal("local", local.Local.Name);
        Assert.Equal("int", local.Type.DisplayName);
    }

    [Fact]
    public void A_property_of_this_concept_is_read_on_this()
    {
        var probe = ScopeProbe.In(Harbour);
        var access = Assert.IsType<BoundPropertyAccess>(probe.Resolve("number"));
        Assert.Equal("Berth", access.Property.Owner.Name);
        Assert.IsType<BoundThis>(access.Receiver);
        Assert.Equal("int", access.Type.DisplayName);
    }

    [Fact]
    public void A_property_of_the_enclosing_concept_is_read_on_the_container_one_level_up()
    {
        var probe = ScopeProbe.In(Harbour);
        var access = Assert.IsType<BoundPropertyAccess>(probe.Resolve("length"));
        Assert.Equal("Pier", access.Property.Owner.Name);
        var receiver = Assert.IsType<BoundContainerOf>(access.Receiver);
        Assert.Equal(1, receiver.Levels);
        Assert.Equal("Pier", receiver.Type.DisplayName);
    }

    [Fact]
    public void A_property_of_the_model_is_read_on_the_model_instance_two_levels_up()
    {
        var probe = ScopeProbe.In(Harbour);
        var access = Assert.IsType<BoundPropertyAccess>(probe.Resolve("boats"));
        Assert.Equal("Harbour", access.Property.Owner.Name);
        var receiver = Assert.IsType<BoundContainerOf>(access.Receiver);
        Assert.Equal(2, receiver.Levels);
        Assert.Equal("Harbour", receiver.Type.DisplayName);
    }

    [Fact]
    public void The_inner_name_wins_over_the_same_name_in_an_enclosing_concept_or_model()
    {
        // Openflexo binds 'name' to the outermost declaration (FML.md §4.2); Flexo binds the nearest one.
        var probe = ScopeProbe.In(Harbour);
        var access = Assert.IsType<BoundPropertyAccess>(probe.Resolve("name"));
        Assert.Equal("Pier", access.Property.Owner.Name);
        Assert.Equal(1, Assert.IsType<BoundContainerOf>(access.Receiver).Levels);
    }

    [Fact]
    public void Parameters_are_reached_through_parameters_and_by_their_plain_name()
    {
        var probe = ScopeProbe.In(Harbour);
        var qualified = Assert.IsType<BoundParameter>(probe.Resolve("parameters.label"));
        Assert.Equal("label", qualified.Parameter.Name);
        Assert.Equal("String", qualified.Type.DisplayName);
        var plain = Assert.IsType<BoundParameter>(probe.Resolve("size"));
        Assert.Equal(0, plain.Parameter.Ordinal);
        Assert.Equal("int", plain.Type.DisplayName);
    }

    [Fact]
    public void This_is_the_current_concept_and_container_its_enclosing_concept()
    {
        var probe = ScopeProbe.In(Harbour);
        Assert.Equal("Berth", Assert.IsType<BoundThis>(probe.Resolve("this")).Type.DisplayName);
        var container = Assert.IsType<BoundContainerOf>(probe.Resolve("container"));
        Assert.Equal(1, container.Levels);
        Assert.Equal("Pier", container.Type.DisplayName);
        Assert.Empty(CheckerFixture.Format(probe.Compilation));
    }

    [Fact]
    public void The_container_of_a_root_concept_is_the_model_and_container_container_walks_up()
    {
        var probe = ScopeProbe.In("""
            model Harbour {
            	concept Pier {
            		concept Berth {
            			public void moor() {
            				/*@here*/ log container.container;
            			}
            		}
            	}
            	concept Crane {
            		public Harbour owner() {
            			return container;
            		}
            	}
            }
            """);
        Assert.Equal("Harbour", probe.Resolve("container.container").Type.DisplayName);
        var crane = probe.Compilation.GetUnit("Test.fml")!.Model!.NestedConcepts.Single(c => c.Name == "Crane");
        Assert.Equal("Harbour", crane.Behaviours.Single().ReturnType.DisplayName);
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void A_property_wins_over_a_parameter_of_the_same_plain_name()
    {
        // Documented in docs/checker.md: the plain name is the property; parameters.fluid is the parameter.
        var probe = ScopeProbe.In("""
            model Plant {
            	String fluid;
            	create(String fluid) {
            		/*@here*/ fluid = parameters.fluid;
            	}
            }
            """);
        Assert.IsType<BoundPropertyAccess>(probe.Resolve("fluid"));
        Assert.IsType<BoundParameter>(probe.Resolve("parameters.fluid"));
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void A_local_hides_a_property_of_the_same_name()
    {
        var probe = ScopeProbe.In("""
            model Plant {
            	String fluid;
            	public String read() {
            		int fluid = 3;
            		/*@here*/ return "" + fluid;
            	}
            }
            """);
        var local = Assert.IsType<BoundLocal>(probe.Resolve("fluid"));
        Assert.Equal("int", local.Type.DisplayName);
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void An_inherited_property_is_bound_to_the_parent_declaration()
    {
        var probe = ScopeProbe.In("""
            model Zoo {
            	concept Animal {
            		String sound;
            	}
            	concept Dog extends Animal {
            		public String bark() {
            			/*@here*/ return sound;
            		}
            	}
            }
            """);
        var access = Assert.IsType<BoundPropertyAccess>(probe.Resolve("sound"));
        Assert.Equal("Animal", access.Property.Owner.Name);
        Assert.Equal("Dog", access.Receiver.Type.DisplayName);
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void Selected_is_the_candidate_of_a_where_clause_typed_as_the_selected_concept()
    {
        var probe = ScopeProbe.In("""
            model Shop {
            	int threshold;
            	concept Item {
            		int price;
            	}
            	public int expensive() {
            		/*@here*/ return (select Item from this where (selected.price > threshold)).size();
            	}
            }
            """);
        var selected = Assert.IsType<BoundLocal>(probe.Resolve("selected"));
        Assert.Equal("selected", selected.Local.Name);
        Assert.Equal("Item", selected.Type.DisplayName);
        Assert.Equal("Item", Assert.IsType<BoundPropertyAccess>(probe.Resolve("selected.price")).Property.Owner.Name);
        Assert.Equal("Shop", Assert.IsType<BoundPropertyAccess>(probe.Resolve("threshold")).Property.Owner.Name);
        Assert.Equal("List<Item>", probe.Resolve("select Item from this where (selected.price > threshold)").Type.DisplayName);
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void Selected_is_also_the_candidate_of_begin_match()
    {
        var probe = ScopeProbe.In("""
            model Shop {
            	concept Item {
            		int price;
            	}
            	public void sync() {
            		/*@here*/ MatchingSet<Item> set = begin match Item from this where (selected.price > 0);
            		end match Item in set unmatched: delete();
            	}
            }
            """);
        Assert.Equal("Item", Assert.IsType<BoundLocal>(probe.Resolve("selected")).Type.DisplayName);
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void Selected_is_not_visible_outside_its_where_clause()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Shop {
            	concept Item {
            		int price;
            	}
            	public int expensive() {
            		int n = (select Item from this where (selected.price > 1)).size();
            		return n + selected.price;
            	}
            }
            """);
        Assert.Equal(["Test.fml(7,14): error FML2002: Unknown name 'selected': no variable, property, parameter or type with this name is in scope."],
            CheckerFixture.Format(compilation));
    }

    [Fact]
    public void Evt_is_the_received_event_in_a_listener()
    {
        var probe = ScopeProbe.In("""
            model Table {
            	int score;
            	event Ping {
            		int strength;
            	}
            	listen Ping from this {
            		/*@here*/ score = score + evt.strength;
            	}
            }
            """);
        var evt = Assert.IsType<BoundLocal>(probe.Resolve("evt"));
        Assert.Equal("Ping", evt.Type.DisplayName);
        Assert.Equal("Ping", Assert.IsType<BoundPropertyAccess>(probe.Resolve("evt.strength")).Property.Owner.Name);
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void The_setter_parameter_is_a_variable_of_the_setter_body_typed_as_declared()
    {
        var probe = ScopeProbe.In("""
            model Labels {
            	private String stored;
            	String upper {
            		String get() {
            			return stored.toUpperCase();
            		}
            		set(String text) {
            			/*@here*/ stored = text;
            		}
            	};
            }
            """);
        var value = Assert.IsType<BoundLocal>(probe.Resolve("text"));
        Assert.Equal("String", value.Type.DisplayName);
        var property = probe.Compilation.GetUnit("Test.fml")!.Model!.Properties.Single(p => p.Name == "upper");
        Assert.Equal(PropertyKind.GetSet, property.Kind);
        Assert.Same(property.Setter!.Value.Value, value.Local);
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void A_for_each_iterator_is_visible_in_the_loop_only()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Crew {
            	String[0,*] members;
            	public String last() {
            		for (String m : members) {
            			log m;
            		}
            		return m;
            	}
            }
            """);
        Assert.Equal(["Test.fml(7,10): error FML2002: Unknown name 'm': no variable, property, parameter or type with this name is in scope."],
            CheckerFixture.Format(compilation));
    }

    [Fact]
    public void A_local_is_visible_after_its_declaration_only_and_not_outside_its_block()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Meter {
            	public int read(boolean twice) {
            		log early;
            		int early = 1;
            		if (parameters.twice) {
            			int inner = 2;
            			log inner + early;
            		}
            		return inner;
            	}
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2002", "FML2002");
        Assert.Contains("'early'", CheckerFixture.Format(compilation)[0], StringComparison.Ordinal);
        Assert.Contains("'inner'", CheckerFixture.Format(compilation)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_variable_of_a_for_loop_is_visible_in_its_condition_update_and_body()
    {
        var probe = ScopeProbe.In("""
            model Counter {
            	int total;
            	public void add(int times) {
            		for (int i = 0; i < parameters.times; i++) {
            			/*@here*/ total = total + i;
            		}
            	}
            }
            """);
        Assert.Equal("int", Assert.IsType<BoundLocal>(probe.Resolve("i")).Type.DisplayName);
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void A_namespace_alias_is_a_string_constant_in_a_body()
    {
        var probe = ScopeProbe.In("""
            namespace "http://example.org/fleet/" as FLEET;

            model Hangar {
            	String code;
            	public String uri() {
            		/*@here*/ return FLEET + code;
            	}
            }
            """);
        var alias = Assert.IsType<BoundLiteral>(probe.Resolve("FLEET"));
        Assert.Equal("http://example.org/fleet/", alias.Value);
        Assert.Equal("String", alias.Type.DisplayName);
        CheckerFixture.AssertClean(probe.Compilation);
    }

    [Fact]
    public void A_property_initial_value_and_a_parameter_default_are_bound_in_the_concept_scope()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Tank {
            	int litres = 500;
            	int reserve = litres / 10;
            	public int fill(int amount, int limit = amount * 2) {
            		return parameters.limit;
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
        var model = compilation.GetUnit("Test.fml")!.Model!;
        var reserve = model.Properties.Single(p => p.Name == "reserve");
        var read = Assert.IsType<BoundPropertyAccess>(BoundTree.Descendants(reserve.Initializer!).OfType<BoundPropertyAccess>().Single());
        Assert.Equal("litres", read.Property.Name);
        var fill = model.Behaviours.Single();
        var defaultValue = fill.ParameterDefaults[1]!;
        Assert.Equal("amount", BoundTree.Descendants(defaultValue).OfType<BoundParameter>().Single().Parameter.Name);
    }

    [Fact]
    public void An_unknown_name_is_reported_once_and_bound_to_an_error_node()
    {
        var probe = ScopeProbe.In("""
            model Meter {
            	int reading;
            	public int read() {
            		/*@here*/ return readin + 1;
            	}
            }
            """);
        Assert.IsType<BoundError>(probe.Resolve("readin"));
        CheckerFixture.AssertCodes(probe.Compilation, "FML2002");
    }

    [Fact]
    public void Parameters_alone_is_a_value()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Meter {
            	public void read(int n) {
            		log parameters;
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void An_untyped_matching_set_variable_accepts_begin_match()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Shop {
            	concept Item {
            		int price;
            	}
            	public void sync() {
            		MatchingSet set = begin match Item from this;
            		end match Item in set unmatched: delete();
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void A_private_property_is_visible_in_its_concept_and_in_the_concepts_nested_in_it()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Bank {
            	private int code;
            	concept Vault {
            		private int combination;
            		concept Lock {
            			public int open() {
            				return code + combination;
            			}
            		}
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void A_protected_member_is_visible_in_sub_concepts_only_and_strict_makes_it_an_error()
    {
        const string Text = """
            model Bank {
            	concept Account {
            		protected int balance;
            	}
            	concept Savings extends Account {
            		public int read() {
            			return this.balance;
            		}
            	}
            	concept Auditor {
            		public int read(Account account) {
            			return account.balance;
            		}
            	}
            }
            """;
        Assert.Equal(["Test.fml(12,19): warning FML2028: 'balance' is protected and not visible here."], CheckerFixture.Format(CheckerFixture.CompileOne(Text)));
        var strict = Compilation.Create([CheckerFixture.Document("Test.fml", Text)], new CompilationOptions { Strict = true });
        Assert.Equal(["Test.fml(12,19): error FML2028: 'balance' is protected and not visible here."], CheckerFixture.Format(strict));
    }

    [Fact]
    public void A_private_property_of_a_parent_is_not_visible_by_its_plain_name()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Bank {
            	concept Account {
            		private int pin;
            	}
            	concept Savings extends Account {
            		public int read() {
            			return pin;
            		}
            	}
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2028");
    }
}

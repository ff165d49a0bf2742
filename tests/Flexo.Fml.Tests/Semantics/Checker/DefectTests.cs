using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;

namespace Flexo.Fml.Tests.Semantics.Checker;

/// <summary>What the checker must do for the defects of shared/spec/DEFECTS.md that it can see (D5, D6 and D25 are in <see cref="CrossUnitTests"/>).</summary>
public sealed class DefectTests
{
    private static ConceptSymbol Concept(Compilation compilation, string name) =>
        BoundTree.Concepts(compilation.GetUnit("Test.fml")!).Single(c => c.Name == name);

    private static BehaviourSymbol Behaviour(Compilation compilation, string concept, string name) =>
        Concept(compilation, concept).Behaviours.Single(b => b.Name == name);

    private static IEnumerable<BoundNode> Nodes(Compilation compilation, string concept, string behaviour) =>
        BoundTree.Descendants(Behaviour(compilation, concept, behaviour).Body!);

    // ---- D7: cardinality bounds are kept ----

    [Fact]
    public void D7_bounds_are_kept_as_written_and_the_upper_bound_decides_single_or_list()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Crew {
            	String[2,4] members;
            	String[1,1] captain;
            	String[*,3] mates;
            	String[*,*] everyone;
            	String... others;
            	String[1,*] cooks;
            	String pilot;
            	public void enlist(String n) {
            		members.add(parameters.n);
            		captain = parameters.n;
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
        var crew = Concept(compilation, "Crew");
        string Of(string name) => crew.Properties.Single(p => p.Name == name) is var p ? $"{p.Cardinality} {p.Type.DisplayName}" : "";
        Assert.Equal("[2,4] List<String>", Of("members"));
        Assert.Equal("[1,1] String", Of("captain"));
        Assert.Equal("[0,3] List<String>", Of("mates"));
        Assert.Equal("[0,*] List<String>", Of("everyone"));
        Assert.Equal("[0,*] List<String>", Of("others"));
        Assert.Equal("[1,*] List<String>", Of("cooks"));
        Assert.Equal("[0,1] String", Of("pilot"));
        Assert.Equal("String", crew.Properties.Single(p => p.Name == "members").ElementType.DisplayName);
    }

    [Theory]
    [InlineData("[2,1]", 2, 8)]
    [InlineData("[0,0]", 2, 8)]
    [InlineData("[3,2]", 2, 8)]
    public void D7_an_upper_bound_below_one_or_below_the_lower_bound_is_FML3008(string bounds, int line, int column)
    {
        var compilation = CheckerFixture.CompileOne($"model Crew {{\n\tString{bounds} members;\n}}\n");
        Assert.Equal([$"Test.fml({line},{column}): error FML3008: Invalid cardinality {bounds}: the upper bound must be at least 1 and at least the lower bound."],
            CheckerFixture.Format(compilation));
    }

    // ---- D8: enum values in expressions ----

    private const string Board = """
        public model Board {
        	public enum Priority { LOW, MEDIUM, HIGH }
        	public concept Task {
        		Priority level;
        		create() {
        			level = LOW;
        		}
        		public void escalate() {
        			level = Priority.HIGH;
        		}
        		public boolean urgent() {
        			return level == Priority.HIGH;
        		}
        		public boolean calm() {
        			return level != LOW;
        		}
        		public Priority lowest() {
        			return LOW;
        		}
        	}
        	public int calm() {
        		List<Task> l = select Task from this where (selected.level == Priority.LOW);
        		return l.size();
        	}
        	public int count() {
        		return Priority.enumValues.size();
        	}
        }
        """;

    [Fact]
    public void D8_the_board_example_checks_cleanly()
    {
        CheckerFixture.AssertClean(CheckerFixture.CompileOne(Board));
    }

    [Fact]
    public void D8_qualified_and_bare_values_are_bound_to_the_enum_value_with_the_enum_type()
    {
        var compilation = CheckerFixture.CompileOne(Board);
        var task = Concept(compilation, "Task");
        var bare = BoundTree.Descendants(task.Behaviours.Single(b => b.Kind == BehaviourKind.Creation).Body!).OfType<BoundEnumValue>().Single();
        Assert.Equal("LOW", bare.Value.Name);
        Assert.Equal("Priority", bare.Type.DisplayName);
        var qualified = Nodes(compilation, "Task", "escalate").OfType<BoundEnumValue>().Single();
        Assert.Equal(2, qualified.Value.Ordinal);
        Assert.Equal("LOW", Nodes(compilation, "Task", "calm").OfType<BoundEnumValue>().Single().Value.Name);
        Assert.Equal("LOW", Nodes(compilation, "Task", "lowest").OfType<BoundEnumValue>().Single().Value.Name);
        var values = Nodes(compilation, "Board", "count").OfType<BoundBuiltInMember>().Single(m => m.Member == "enumValues");
        Assert.Equal("List<Priority>", values.Type.DisplayName);
    }

    [Fact]
    public void D8_an_unknown_qualified_value_is_FML2020()
    {
        var compilation = CheckerFixture.CompileOne(Board.Replace("level = Priority.HIGH;", "level = Priority.URGENT;", StringComparison.Ordinal));
        Assert.Equal(["Test.fml(9,21): error FML2020: Enum 'Priority' has no value 'URGENT'."], CheckerFixture.Format(compilation));
    }

    [Fact]
    public void D8_an_unknown_bare_value_is_an_error()
    {
        var compilation = CheckerFixture.CompileOne(Board.Replace("level = LOW;", "level = LOWEST;", StringComparison.Ordinal));
        Assert.Single(CheckerFixture.All(compilation), d => d.IsError);
    }

    [Fact]
    public void D8_a_property_of_the_same_name_wins_over_a_bare_value()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Board {
            	enum Priority { LOW, HIGH }
            	Priority LOW;
            	Priority level;
            	public void reset() {
            		level = LOW;
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
        Assert.Single(Nodes(compilation, "Board", "reset").OfType<BoundPropertyAccess>(), a => a.Property.Name == "LOW");
    }

    [Fact]
    public void D8_a_bare_value_where_no_enum_is_expected_is_an_unknown_name()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Board {
            	enum Priority { LOW, HIGH }
            	public void show() {
            		log LOW;
            	}
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2002");
    }

    [Fact]
    public void D8_a_bare_value_left_of_equals_opposite_an_enum_operand()
    {
        var compilation = CheckerFixture.CompileOne(Board.Replace("return level != LOW;", "return LOW != level;", StringComparison.Ordinal));
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void D8_a_bare_value_as_argument_for_an_enum_parameter()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Board {
            	enum Priority { LOW, HIGH }
            	Priority level;
            	public void set(Priority p) {
            		level = parameters.p;
            	}
            	public void bump() {
            		set(HIGH);
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void D8_a_bare_value_in_a_match_criterion_on_an_enum_property()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Board {
            	enum Priority { LOW, HIGH }
            	concept Task {
            		Priority level;
            		create::urgent() {
            			level = Priority.HIGH;
            		}
            	}
            	public Task find() {
            		return match Task from this where (level=HIGH) create::urgent();
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
    }

    // ---- D9: letter case never decides legality ----

    [Fact]
    public void D9_concepts_and_enum_values_of_any_case_shape_check_cleanly()
    {
        var compilation = CheckerFixture.CompileOne("""
            public model Grid {
              public concept A { int x; }
              public concept XY extends A { }
              public concept ABC { A a; }
              public enum Axis { H, V }
              public A make() { return new XY(); }
              public Axis vertical() { return Axis.V; }
              public boolean isA() { return make() instanceof A; }
            }
            """);
        CheckerFixture.AssertClean(compilation);
        Assert.Equal(["A"], Concept(compilation, "XY").Parents.Select(p => p.Name));
        Assert.Equal("A", Behaviour(compilation, "Grid", "make").ReturnType.DisplayName);
        Assert.Equal("XY", Nodes(compilation, "Grid", "make").OfType<BoundNewInstance>().Single().Type.DisplayName);
        Assert.Equal("V", Nodes(compilation, "Grid", "vertical").OfType<BoundEnumValue>().Single().Value.Name);
        Assert.Equal("boolean", Behaviour(compilation, "Grid", "isA").ReturnType.DisplayName);
    }

    // ---- D12: defaults ----

    private const string Plant = """
        public model Plant {
        	public concept Tank {
        		String fluid;
        		int litres;
        		boolean sealed;
        		create(required String fluid, int litres = 500, boolean sealed = true) {
        			fluid = parameters.fluid;
        			litres = parameters.litres;
        			sealed = parameters.sealed;
        		}
        		public int topUp(int extra = 25) {
        			return litres + parameters.extra;
        		}
        	}
        	public int install() {
        		Tank water = new Tank("water");
        		Tank oil = new Tank("oil", 80);
        		Tank acid = new Tank("acid", 5, false);
        		return water.topUp() + oil.topUp(1) + acid.litres;
        	}
        }
        """;

    [Fact]
    public void D12_trailing_parameters_with_a_default_may_be_omitted()
    {
        var compilation = CheckerFixture.CompileOne(Plant);
        CheckerFixture.AssertClean(compilation);
        var creations = Nodes(compilation, "Plant", "install").OfType<BoundNewInstance>().ToList();
        Assert.Equal([1, 2, 3], creations.Select(c => c.Arguments.Length));
        Assert.All(creations, c => Assert.Equal(3, c.CreationScheme!.Parameters.Length));
        var calls = Nodes(compilation, "Plant", "install").OfType<BoundBehaviourCall>().ToList();
        Assert.Equal(["topUp", "topUp"], calls.Select(c => c.Behaviour.Name));
        Assert.Empty(calls[0].Arguments);
        var scheme = Concept(compilation, "Tank").Behaviours[0];
        Assert.Equal(1, scheme.RequiredArgumentCount);
        Assert.Null(scheme.ParameterDefaults[0]);
        Assert.Equal(500, Assert.IsType<BoundLiteral>(scheme.ParameterDefaults[1]).Value);
    }

    [Fact]
    public void D12_leaving_out_a_parameter_without_default_is_FML2005_naming_it()
    {
        var compilation = CheckerFixture.CompileOne(Plant.Replace("new Tank(\"water\")", "new Tank()", StringComparison.Ordinal));
        Assert.Equal(["Test.fml(16,20): error FML2005: Missing argument for parameter 'fluid' of 'Tank'."], CheckerFixture.Format(compilation));
    }

    [Fact]
    public void D12_a_candidate_that_needs_no_default_wins_over_one_that_does()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Printer {
            	public String print(int copies) {
            		return "plain";
            	}
            	public String print(int copies, boolean duplex = false) {
            		return "duplex";
            	}
            	public String run() {
            		return print(2);
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
        var call = Nodes(compilation, "Printer", "run").OfType<BoundBehaviourCall>().Single();
        Assert.Single(call.Behaviour.Parameters);
    }

    // ---- D13: new C::n resolves by name ----

    private const string Pipes = """
        use org.openflexo.technologyadapter.diagram.TypedDiagramModelSlot as DIAGRAM;

        public model Pipes {
        	public concept Valve {
        		String label;
        		int size;
        		create::fromSpec(String spec) {
        			label = parameters.spec;
        		}
        		dropValve(String label, int size) with DropScheme() {
        			label = parameters.label;
        			size = parameters.size;
        		}
        	}
        	public concept Gauge {
        	}
        	public void build() {
        		Valve v = new Valve::dropValve("v1", 3);
        		Valve w = new Valve::fromSpec("DN50");
        		Gauge g = new Gauge();
        		log v.label + w.label + g;
        	}
        }
        """;

    [Fact]
    public void D13_named_creation_binds_creation_schemes_and_technology_behaviours_by_name()
    {
        var compilation = CheckerFixture.CompileOne(Pipes);
        Assert.Equal(["Test.fml(1,5): warning FML2029: Technology adapter 'Diagram' is not available in this installation; its roles and actions are not checked."],
            CheckerFixture.Format(compilation));
        var creations = Nodes(compilation, "Pipes", "build").OfType<BoundNewInstance>().ToList();
        Assert.Equal("dropValve", creations[0].CreationScheme!.Name);
        Assert.Equal(BehaviourKind.Technology, creations[0].CreationScheme!.Kind);
        Assert.Equal("fromSpec", creations[1].CreationScheme!.Name);
        Assert.Equal(BehaviourKind.Creation, creations[1].CreationScheme!.Kind);
        Assert.Null(creations[2].CreationScheme);
        Assert.Equal("Gauge", creations[2].Type.DisplayName);
    }

    [Theory]
    [InlineData("new Valve::dropValve(\"v1\", 3)", "new Valve::dropValv()", "FML2029 FML2008")]
    [InlineData("new Gauge()", "new Gauge::make()", "FML2029 FML2008")]
    [InlineData("new Valve::dropValve(\"v1\", 3)", "new Valve::dropValve(\"v1\")", "FML2029 FML2005")]
    [InlineData("new Valve::fromSpec(\"DN50\")", "new Valve::fromSpec(50)", "FML2029 FML2007")]
    public void D13_an_unknown_name_or_wrong_arguments_are_errors_even_without_any_creation_scheme(string from, string to, string codes)
    {
        var compilation = CheckerFixture.CompileOne(Pipes.Replace(from, to, StringComparison.Ordinal));
        CheckerFixture.AssertCodes(compilation, codes.Split(' '));
    }

    // ---- D14: inherited creation scheme, static type is the named concept ----

    [Fact]
    public void D14_new_child_with_an_inherited_creation_scheme_has_the_child_type_for_models()
    {
        var compilation = CheckerFixture.Compile(
            ("Vehicle.fml", """
                @URI("http://example.org/fleet/Vehicle.fml")
                public model Vehicle {
                	String plate;
                	create(String p) {
                		plate = parameters.p;
                	}
                }
                """),
            ("Truck.fml", """
                import ["http://example.org/fleet/Vehicle.fml"];

                @URI("http://example.org/fleet/Truck.fml")
                public model Truck extends Vehicle {
                	public String describe() {
                		return "truck " + plate;
                	}
                }
                """),
            ("Depot.fml", """
                import ["http://example.org/fleet/Truck.fml"];

                public model Depot {
                	public String run() {
                		Truck truck = new Truck("AB-12") with (name="t1");
                		return truck.describe();
                	}
                }
                """));
        CheckerFixture.AssertClean(compilation);
        var run = compilation.FindModel("Depot")!.Behaviours.Single();
        var created = BoundTree.Descendants(run.Body!).OfType<BoundNewInstance>().Single();
        Assert.Equal("Truck", created.Concept.Name);
        Assert.Equal("Truck", created.Type.DisplayName);
        Assert.Equal("Vehicle", created.CreationScheme!.Owner.Name);
        Assert.Equal("describe", BoundTree.Descendants(run.Body!).OfType<BoundBehaviourCall>().Single().Behaviour.Name);
    }

    [Fact]
    public void D14_new_child_with_an_inherited_creation_scheme_has_the_child_type_for_concepts()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Drawing {
            	concept Shape {
            		int x;
            		create(int x) {
            			x = parameters.x;
            		}
            	}
            	concept Ring extends Shape {
            		int radius;
            	}
            	public int make() {
            		Ring ring = new Ring(3);
            		return ring.radius;
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
        var created = Nodes(compilation, "Drawing", "make").OfType<BoundNewInstance>().Single();
        Assert.Equal("Ring", created.Type.DisplayName);
        Assert.Equal("Shape", created.CreationScheme!.Owner.Name);
    }

    // ---- D15: super with several parents ----

    private const string Labels = """
        model Labels {
        	public concept Named {
        		public String label() {
        			return "named";
        		}
        	}
        	public concept Labelled {
        		public String label() {
        			return "labelled";
        		}
        	}
        	public concept Tagged {
        		String tag;
        	}
        	public concept Asset extends Tagged, Named {
        		public String label() {
        			return "asset/" + super.label();
        		}
        	}
        	public concept Mixed extends Named, Labelled {
        		public String label() {
        			return super_Labelled.label() + "+" + super_Named.label();
        		}
        	}
        }
        """;

    [Fact]
    public void D15_super_binds_the_unique_implementation_reachable_through_the_parents_without_dispatch()
    {
        var compilation = CheckerFixture.CompileOne(Labels);
        CheckerFixture.AssertClean(compilation);
        var call = Nodes(compilation, "Asset", "label").OfType<BoundBehaviourCall>().Single();
        Assert.Equal("Named", call.Behaviour.Owner.Name);
        Assert.True(call.NonVirtual);
    }

    [Fact]
    public void D15_the_order_of_the_parents_does_not_change_the_binding()
    {
        var compilation = CheckerFixture.CompileOne(Labels.Replace("Asset extends Tagged, Named", "Asset extends Named, Tagged", StringComparison.Ordinal));
        CheckerFixture.AssertClean(compilation);
        Assert.Equal("Named", Nodes(compilation, "Asset", "label").OfType<BoundBehaviourCall>().Single().Behaviour.Owner.Name);
    }

    [Fact]
    public void D15_super_underscore_parent_runs_that_parent_version()
    {
        var compilation = CheckerFixture.CompileOne(Labels);
        var calls = Nodes(compilation, "Mixed", "label").OfType<BoundBehaviourCall>().ToList();
        Assert.Equal(["Labelled", "Named"], calls.Select(c => c.Behaviour.Owner.Name));
        Assert.All(calls, c => Assert.True(c.NonVirtual));
    }

    [Fact]
    public void D15_super_with_several_implementations_is_an_ambiguity_error_pointing_to_super_underscore()
    {
        var compilation = CheckerFixture.CompileOne(Labels.Replace(
            "return super_Labelled.label() + \"+\" + super_Named.label();", "return super.label();", StringComparison.Ordinal));
        var lines = CheckerFixture.Format(compilation);
        Assert.Equal(["Test.fml(22,11): error FML2019: Invalid use of 'super': several parents implement 'label' (Named, Labelled); call super_<Parent>.label(...)."], lines);
    }

    [Fact]
    public void D15_super_with_no_implementation_is_an_error()
    {
        var compilation = CheckerFixture.CompileOne(Labels.Replace("super.label()", "super.name()", StringComparison.Ordinal));
        CheckerFixture.AssertCodes(compilation, "FML2003");
    }

    [Fact]
    public void D15_super_underscore_of_a_concept_that_is_not_a_parent_is_an_error()
    {
        var compilation = CheckerFixture.CompileOne(Labels.Replace("super_Labelled.label()", "super_Tagged.label()", StringComparison.Ordinal));
        CheckerFixture.AssertCodes(compilation, "FML2019");
    }

    // ---- D19: conditions must be boolean ----

    [Theory]
    [InlineData("if (count) { log \"x\"; }", "'if'")]
    [InlineData("while (count) { count = count - 1; }", "'while'")]
    [InlineData("do { count = count - 1; } while (count);", "'do ... while'")]
    [InlineData("for (int i = 0; count; i++) { log i; }", "'for'")]
    [InlineData("log (select Item from this where (selected.price)).size();", "a 'where' clause")]
    [InlineData("log count ? 1 : 2;", "a conditional expression")]
    public void D19_a_non_boolean_condition_is_FML2014(string statement, string where)
    {
        var compilation = CheckerFixture.CompileOne($$"""
            model Plant {
            	int count;
            	concept Item {
            		int price;
            	}
            	public void run() {
            		{{statement}}
            	}
            }
            """);
        var line = Assert.Single(CheckerFixture.Format(compilation));
        Assert.Contains($"error FML2014: The condition of {where} must be boolean, not int.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void D19_an_invariant_must_be_boolean()
    {
        var compilation = CheckerFixture.CompileOne("model Plant {\n\tint count;\n\tassert count;\n}\n");
        Assert.Equal(["Test.fml(3,9): error FML2014: The condition of an invariant must be boolean, not int."], CheckerFixture.Format(compilation));
    }

    [Fact]
    public void D19_an_unresolved_condition_is_reported_once_as_unresolved()
    {
        var compilation = CheckerFixture.CompileOne("""
            public model Plant {
            	public concept Pump {
            		String id;
            		boolean running;
            	}
            	public String probe() {
            		Pump p = select unique Pump from this where (selected.id == "none");
            		if (p.running) {
            			return "on";
            		} else {
            			return "off";
            		}
            	}
            	public int spin() {
            		int n = 0;
            		while (ghost.active) {
            			n = n + 1;
            		}
            		return n;
            	}
            }
            """);
        Assert.Equal(["Test.fml(16,10): error FML2002: Unknown name 'ghost': no variable, property, parameter or type with this name is in scope."],
            CheckerFixture.Format(compilation));
    }

    [Fact]
    public void D19_boxed_booleans_are_conditions_too()
    {
        var compilation = CheckerFixture.CompileOne("model Plant {\n\tBoolean on;\n\tpublic void run() {\n\t\tif (on) {\n\t\t\tlog \"on\";\n\t\t}\n\t}\n}\n");
        CheckerFixture.AssertClean(compilation);
    }
}

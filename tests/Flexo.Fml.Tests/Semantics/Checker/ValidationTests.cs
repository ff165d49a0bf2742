namespace Flexo.Fml.Tests.Semantics.Checker;

/// <summary>Validation rules (FML3xxx) and declaration checks beyond the one-case-per-code suite.</summary>
public sealed class ValidationTests
{
    [Fact]
    public void Creation_schemes_with_the_same_signature_are_duplicates_and_a_named_one_is_not()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Plant {
            	concept Tank {
            		create(int size) {
            		}
            		create(long size) {
            		}
            		create::bySize(int size) {
            		}
            	}
            }
            """);
        Assert.Equal(["Test.fml(5,3): error FML3001: Duplicate behaviour create(size)."], CheckerFixture.Format(compilation));
    }

    [Fact]
    public void An_abstract_property_must_be_provided_by_concrete_sub_concepts()
    {
        const string Text = """
            model Drawing {
            	abstract concept Shape {
            		abstract double area;
            	}
            	concept Square extends Shape {
            		double side;
            		double area values side * side;
            	}
            	concept Blob extends Shape {
            	}
            	abstract concept Cloud extends Shape {
            	}
            }
            """;
        Assert.Equal(["Test.fml(9,10): error FML3004: 'Blob' is not abstract but does not implement property 'area'; implement them or declare 'Blob' abstract."],
            CheckerFixture.Format(CheckerFixture.CompileOne(Text)));
    }

    [Fact]
    public void An_inherited_implementation_satisfies_an_abstract_behaviour_of_another_parent()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Drawing {
            	abstract concept Shape {
            		public abstract double area();
            	}
            	abstract concept Square extends Shape {
            		public double area() {
            			return 1;
            		}
            	}
            	concept Tile extends Square {
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void An_inside_container_must_agree_with_the_parents_container()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Library {
            	concept Shelf {
            	}
            	concept Drawer {
            	}
            	concept Slot inside Shelf {
            	}
            	concept Compartment extends Slot inside Drawer {
            	}
            	concept Niche extends Slot inside Shelf {
            	}
            }
            """);
        Assert.Equal(["Test.fml(8,10): error FML3005: The container of 'Compartment' is not compatible with the containers of its parents."],
            CheckerFixture.Format(compilation));
    }

    [Fact]
    public void Unreachable_code_is_reported_once_per_block_and_after_an_if_that_returns_on_both_branches()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Meter {
            	int reading;
            	public int read() {
            		if (reading > 0) {
            			return 1;
            		} else {
            			return 2;
            		}
            		reading = 0;
            		reading = 1;
            	}
            }
            """);
        Assert.Equal(["Test.fml(9,3): error FML3006: Unreachable code: this statement follows a 'return'."], CheckerFixture.Format(compilation));
    }

    [Fact]
    public void A_getter_must_return_on_every_path()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Labels {
            	String stored;
            	String upper {
            		String get() {
            			log stored;
            		}
            	};
            }
            """);
        Assert.Equal(["Test.fml(4,10): error FML3007: 'upper.get' must return a value of type String on every path."], CheckerFixture.Format(compilation));
    }

    [Fact]
    public void A_loop_that_never_ends_needs_no_return_after_it()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Meter {
            	int reading;
            	public int waitForReading() {
            		while (true) {
            			if (reading > 0) {
            				return reading;
            			}
            		}
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void An_iterator_a_select_variable_and_a_local_used_only_in_a_condition_are_not_unused()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Shop {
            	concept Item {
            		int price;
            	}
            	public void run() {
            		boolean any = false;
            		for (Item item : select Item from this) {
            			any = true;
            		}
            		if (any) {
            			log "some";
            		}
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void Two_concepts_with_the_same_name_in_a_model_are_an_error()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Shop {
            	concept Item {
            		int price;
            	}
            	concept Item {
            		String label;
            	}
            }
            """);
        Assert.NotEmpty(CheckerFixture.All(compilation));
    }

    [Fact]
    public void Two_parameters_with_the_same_name_are_an_error()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Shop {
            	public void put(int a, String a) {
            	}
            }
            """);
        Assert.NotEmpty(CheckerFixture.All(compilation));
    }
}

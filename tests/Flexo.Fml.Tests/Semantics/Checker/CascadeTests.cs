namespace Flexo.Fml.Tests.Semantics.Checker;

/// <summary>One mistake, one diagnostic: what the checker must not report as a consequence of an error it already reported.</summary>
public sealed class CascadeTests
{
    [Fact]
    public void An_unknown_type_does_not_make_the_uses_of_its_variables_errors()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Garage {
            	concept Wheel {
            		int size;
            	}
            	public int size(Wheal w) {
            		Wheal spare = parameters.w;
            		return spare.size + parameters.w.size;
            	}
            	public Wheal spare() {
            		return null;
            	}
            	public int spareSize() {
            		return spare().size;
            	}
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2001", "FML2001", "FML2001");
    }

    [Fact]
    public void An_unknown_parent_does_not_make_the_inherited_names_errors()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Zoo {
            	concept Dog extends Animl {
            		public void bark() {
            			log name;
            			run();
            			log this.name;
            			super.bark();
            		}
            	}
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2001");
    }

    [Fact]
    public void An_unresolved_name_does_not_make_the_expressions_around_it_errors()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Meter {
            	int reading;
            	public int read() {
            		int twice = (readin + 1) * 2;
            		String s = readin.text;
            		if (readin > 1) {
            			return twice;
            		}
            		return unknownCall(readin) + s.length();
            	}
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2002", "FML2002", "FML2002", "FML2002", "FML2002");
    }

    [Fact]
    public void An_unknown_adapter_silences_its_vocabulary()
    {
        var compilation = CheckerFixture.CompileOne("""
            use org.example.flexo.SpreadsheetModelSlot as SHEET;

            model Budget {
            	Row first with SHEET::Row(sheet="A");
            	public void add() {
            		SHEET::AddRow(values="x") in first;
            	}
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2015");
    }

    [Fact]
    public void A_behaviour_whose_inferred_type_is_unknown_does_not_make_its_callers_errors()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Meter {
            	public reading() {
            		return undefinedThing;
            	}
            	public int twice() {
            		int r = reading();
            		return r * 2;
            	}
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2002");
    }

    [Fact]
    public void A_duplicate_local_is_not_also_reported_as_unused()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Sums {
            	public int sum(int a, int b) {
            		int s = parameters.a;
            		int s = s + parameters.b;
            		return s;
            	}
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2027");
    }

    [Fact]
    public void An_inheritance_cycle_is_reported_once_without_unknown_inherited_names()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Family {
            	concept Parent extends Child {
            		public void show() {
            			log age;
            		}
            	}
            	concept Child extends Parent {
            		int age;
            	}
            }
            """);
        CheckerFixture.AssertCodes(compilation, "FML2022");
    }
}

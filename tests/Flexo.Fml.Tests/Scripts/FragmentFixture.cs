using Flexo.Fml.Semantics;
using Flexo.Fml.Tests.Semantics.Checker;

namespace Flexo.Fml.Tests.Scripts;

/// <summary>The units fragments are bound against in these tests, and small helpers.</summary>
internal static class FragmentFixture
{
    public const string HelloWorld = """
        model HelloWorld {
        	String greeting = "Hello";
        	public void printHello() {
        		log greeting;
        	}
        	concept ConceptA {
        		int n;
        		private int secret;
        		create::init() {
        			n = 1;
        		}
        		public int twice() {
        			return n * 2;
        		}
        		concept Inner {
        			String label;
        			public String describe() {
        				return label + n + greeting;
        			}
        		}
        	}
        	concept ConceptB extends ConceptA {
        		String extra;
        	}
        	enum Color {
        		RED, GREEN
        	}
        }
        """;

    public const string Shop = """
        model Shop {
        	concept Item {
        		String name;
        	}
        	concept Basket {
        		Item[0,*] items;
        	}
        }
        """;

    /// <summary>A second model with an <c>Item</c> too: <c>Item</c> is ambiguous in a script.</summary>
    public const string Warehouse = """
        model Warehouse {
        	concept Item {
        		int count;
        	}
        }
        """;

    private static readonly Lazy<Compilation> s_compilation = new(() =>
    {
        var compilation = CheckerFixture.Compile(("HelloWorld.fml/HelloWorld.fml", HelloWorld), ("Shop.fml/Shop.fml", Shop));
        CheckerFixture.AssertClean(compilation);
        return compilation;
    });

    /// <summary>HelloWorld and Shop, without any diagnostic.</summary>
    public static Compilation Shared => s_compilation.Value;

    public static ConceptSymbol Model(Compilation compilation, string name) => compilation.FindModel(name)!;

    public static ConceptSymbol Concept(Compilation compilation, string model, string name) =>
        Model(compilation, model).NestedConcepts.SelectMany(c => c.NestedConcepts.Prepend(c)).Single(c => c.Name == name);

    /// <summary>A script context with these variables (name, type).</summary>
    public static FragmentContext Script(params (string Name, FmlType Type)[] variables) =>
        new(null, variables.Select(v => new FragmentVariable(v.Name, v.Type)));

    /// <summary>The diagnostics as <c>CODE@offset</c>, in order.</summary>
    public static string Codes(BoundFragment fragment) => string.Join(" ", fragment.Diagnostics.Select(d => $"{d.Code}@{d.Span.Start}"));

    /// <summary>Binds <paramref name="text"/> and asserts it has no diagnostic.</summary>
    public static BoundFragment BindClean(Compilation compilation, string text, FragmentContext context)
    {
        var fragment = compilation.BindFragment(text, context);
        Assert.True(fragment.Diagnostics.IsEmpty, $"Diagnostics of '{text}': " + string.Join("; ", fragment.Diagnostics.Select(d => $"{d.Code} {d.Message}")));
        return fragment;
    }
}

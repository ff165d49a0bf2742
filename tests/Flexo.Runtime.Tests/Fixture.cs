using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Tests;

/// <summary>Compiles the test models and records notifications.</summary>
internal static class Fixture
{
    public const string ShopText = """
        model Shop {
        	String owner;
        	int visits;
        	abstract concept Item {
        		String label;
        	}
        	concept Book extends Item {
        		int pages;
        	}
        	concept Magazine extends Item {
        	}
        	concept Shelf {
        		Item[0,*] items;
        		Item featured;
        		String[2,4] tags;
        		int count values items.size;
        		concept Slot {
        			int number;
        			concept Pin {
        				int depth;
        			}
        		}
        	}
        	enum Color { RED, GREEN }
        	concept Painted {
        		Color color;
        		Painted[0,*] friends;
        	}
        }
        """;

    public const string OtherText = """
        model Other {
        	concept Thing {
        	}
        }
        """;

    public const string BranchText = """
        model Branch {
        	int size;
        	concept Desk {
        	}
        }
        """;

    public static Compilation Compile()
    {
        var compilation = Compilation.Create(
        [
            new FmlDocument("Shop.fml/Shop.fml", ShopText, "http://test/Shop.fml"),
            new FmlDocument("Shop.fml/Branch.fml/Branch.fml", BranchText, "http://test/Shop.fml/Branch.fml", "Shop.fml/Shop.fml"),
            new FmlDocument("Other.fml", OtherText, "http://test/Other.fml"),
        ]);
        var errors = compilation.GetAllDiagnostics().SelectMany(p => p.Value).Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return compilation;
    }

    public static ConceptSymbol Model(this Compilation compilation, string name) =>
        compilation.FindModel(name) ?? throw new InvalidOperationException("no model " + name);

    public static ConceptSymbol Concept(this ConceptSymbol scope, string name) =>
        scope.NestedConcepts.FirstOrDefault(c => c.Name == name)
        ?? scope.NestedConcepts.Select(c => TryConcept(c, name)).FirstOrDefault(c => c is not null)
        ?? throw new InvalidOperationException("no concept " + name);

    public static PropertySymbol Property(this ConceptSymbol concept, string name) =>
        concept.Properties.FirstOrDefault(p => p.Name == name) ?? throw new InvalidOperationException("no property " + name);

    private static ConceptSymbol? TryConcept(ConceptSymbol scope, string name) =>
        scope.NestedConcepts.FirstOrDefault(c => c.Name == name) ?? scope.NestedConcepts.Select(c => TryConcept(c, name)).FirstOrDefault(c => c is not null);
}

/// <summary>Records every change it receives, as text.</summary>
internal sealed class Recorder : IInstanceObserver
{
    public List<InstanceChange> Changes { get; } = [];

    public List<string> Lines => [.. Changes.Select(c => c.ToString())];

    public void OnChange(InstanceChange change) => Changes.Add(change);
}

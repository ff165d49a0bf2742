using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Persistence.Tests;

/// <summary>Compiles the test models, gives their symbols and makes temporary folders.</summary>
internal static class Fixture
{
    public const string LibraryUri = "http://test/Library.fml";
    public const string BranchUri = "http://test/Library.fml/Branch.fml";
    public const string BaseUri = "http://rc";

    public const string LibraryText = """
        model Library {
        	String motto;
        	int visits;
        	Library partner;
        	enum Genre { NOVEL, ESSAY, POETRY }
        	concept Author {
        		String name;
        	}
        	abstract concept Item {
        		String label;
        	}
        	concept Book extends Item {
        		int pages;
        		long isbn;
        		double price;
        		float weight;
        		boolean available;
        		char shelf;
        		byte rank;
        		short copies;
        		Date published;
        		Duration loan;
        		List<String> keywords;
        		List<Integer> ratings;
        		Object anything;
        		Genre genre;
        		Author author;
        		Author[0,*] coAuthors;
        		String[0,*] tags;
        		Genre[0,*] moods;
        		int doubled values pages * 2;
        		concept Chapter {
        			String heading;
        			concept Note {
        				String text;
        			}
        		}
        	}
        	concept Shelf {
        		Item[0,*] items;
        		ConceptInstance anyRef;
        	}
        }
        """;

    public const string BranchText = """
        model Branch {
        	int size;
        	concept Desk {
        		String owner;
        		ConceptInstance link;
        	}
        }
        """;

    private static readonly Lazy<Compilation> s_compilation = new(Compile);

    public static Compilation Compilation => s_compilation.Value;

    public static ConceptSymbol Library => Compilation.FindModel(LibraryUri)!;

    public static ConceptSymbol Branch => Compilation.FindModel(BranchUri)!;

    public static ConceptSymbol Concept(string name) => Find(Library, name) ?? Find(Branch, name) ?? throw new InvalidOperationException("no concept " + name);

    public static EnumValueSymbol Genre(string name) => Concept("Genre").EnumValues.Single(v => v.Name == name);

    public static VirtualModelInstance NewLibrary(string name = "Main", string userId = "SYL") =>
        VirtualModelInstance.Create(Library, name, BaseUri, userId);

    private static Compilation Compile()
    {
        var compilation = Compilation.Create(
        [
            new FmlDocument("Library.fml/Library.fml", LibraryText, LibraryUri),
            new FmlDocument("Library.fml/Branch.fml/Branch.fml", BranchText, BranchUri, "Library.fml/Library.fml"),
        ]);
        var errors = compilation.GetAllDiagnostics().SelectMany(p => p.Value).Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return compilation;
    }

    private static ConceptSymbol? Find(ConceptSymbol scope, string name)
    {
        foreach (var nested in scope.NestedConcepts)
        {
            if (nested.Name == name)
            {
                return nested;
            }

            if (Find(nested, name) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}

/// <summary>A temporary folder, removed when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Join(System.IO.Path.GetTempPath(), "flexo-persist-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Join([Path, .. parts]);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}

using Flexo.Fml.Semantics;

namespace Flexo.Fml.Tests.Semantics.Checker;

/// <summary>A compilation changed with WithDocument/RemoveDocument gives the same results as a fresh one over the same texts.</summary>
public sealed class IncrementalTests
{
    private const string Stock = """
        @URI("http://example.org/Stock.fml")
        model Stock {
        	concept Pallet {
        		int units;
        	}
        	public int capacity() {
        		return 100;
        	}
        }
        """;

    private const string Shop = """
        import ["http://example.org/Stock.fml"];

        model Shop {
        	Stock stock with ModelInstance();
        	Pallet next;
        	public int free() {
        		return stock.capacity() - next.units;
        	}
        }
        """;

    /// <summary>Everything a test can compare: diagnostics, and every symbol with its URI, kind and types.</summary>
    private static string Snapshot(Compilation compilation)
    {
        var lines = new List<string>(CheckerFixture.Format(compilation));
        foreach (var (path, unit) in compilation.Units.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            lines.Add($"unit {path} {unit.UnitUri} imports {string.Join(",", unit.ImportedUnits.Select(u => u.UnitUri))}");
            foreach (var concept in BoundTree.Concepts(unit))
            {
                lines.Add($"  {concept.Kind} {concept.Uri} extends {string.Join(",", concept.Parents.Select(p => p.Uri))}");
                lines.AddRange(concept.Properties.Select(p => $"    {p.Kind} {p.Uri} : {p.Type.DisplayName}"));
                lines.AddRange(concept.Behaviours.Select(b => $"    {b.Kind} {b.Uri} : {b.ReturnType.DisplayName} nodes={(b.Body is null ? 0 : BoundTree.Descendants(b.Body).Count())}"));
            }
        }

        return string.Join("\n", lines);
    }

    private static Compilation Fresh(params (string Path, string Text)[] files) => CheckerFixture.Compile(files);

    private static void AssertSameAsFresh(Compilation edited, params (string Path, string Text)[] files) =>
        Assert.Equal(Snapshot(Fresh(files)), Snapshot(edited));

    [Fact]
    public void Successive_edits_give_the_results_of_a_fresh_compilation_every_time()
    {
        var compilation = Fresh(("Stock.fml", Stock), ("Shop.fml", Shop));
        CheckerFixture.AssertClean(compilation);

        // 1. make the importing unit invalid
        var brokenShop = Shop.Replace("next.units", "next.unit", StringComparison.Ordinal).Replace("Pallet next", "Palet next", StringComparison.Ordinal);
        compilation = compilation.WithDocument(CheckerFixture.Document("Shop.fml", brokenShop));
        AssertSameAsFresh(compilation, ("Stock.fml", Stock), ("Shop.fml", brokenShop));
        CheckerFixture.AssertCodes(compilation, "FML2001");

        // 2. valid again
        compilation = compilation.WithDocument(CheckerFixture.Document("Shop.fml", Shop));
        AssertSameAsFresh(compilation, ("Stock.fml", Stock), ("Shop.fml", Shop));
        CheckerFixture.AssertClean(compilation);

        // 3. edit the imported unit: the importer now has errors
        var renamedStock = Stock.Replace("Pallet", "Crate", StringComparison.Ordinal);
        compilation = compilation.WithDocument(CheckerFixture.Document("Stock.fml", renamedStock));
        AssertSameAsFresh(compilation, ("Stock.fml", renamedStock), ("Shop.fml", Shop));
        Assert.Equal(["Shop.fml(5,2): error FML2001: Unknown type 'Pallet': no concept, enum, model, imported type or Java type has this name."],
            CheckerFixture.Format(compilation));

        // 4. change the imported unit's URI: the import no longer resolves
        var movedStock = Stock.Replace("Stock.fml\")", "Stock2.fml\")", StringComparison.Ordinal);
        compilation = compilation.WithDocument(CheckerFixture.Document("Stock.fml", movedStock));
        AssertSameAsFresh(compilation, ("Stock.fml", movedStock), ("Shop.fml", Shop));
        Assert.Contains("FML2018", CheckerFixture.Codes(compilation), StringComparison.Ordinal);

        // 5. back to the original texts
        compilation = compilation.WithDocument(CheckerFixture.Document("Stock.fml", Stock));
        AssertSameAsFresh(compilation, ("Stock.fml", Stock), ("Shop.fml", Shop));
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void A_syntax_error_and_its_fix_give_the_results_of_a_fresh_compilation()
    {
        var compilation = Fresh(("Stock.fml", Stock), ("Shop.fml", Shop));
        var broken = Shop.Replace("return stock.capacity() - next.units;", "return stock.capacity( - ;", StringComparison.Ordinal);
        compilation = compilation.WithDocument(CheckerFixture.Document("Shop.fml", broken));
        AssertSameAsFresh(compilation, ("Stock.fml", Stock), ("Shop.fml", broken));
        Assert.Contains("FML1", CheckerFixture.Codes(compilation), StringComparison.Ordinal);
        compilation = compilation.WithDocument(CheckerFixture.Document("Shop.fml", Shop));
        AssertSameAsFresh(compilation, ("Stock.fml", Stock), ("Shop.fml", Shop));
    }

    [Fact]
    public void Removing_and_adding_back_an_imported_unit_gives_the_results_of_a_fresh_compilation()
    {
        var compilation = Fresh(("Stock.fml", Stock), ("Shop.fml", Shop));
        compilation = compilation.RemoveDocument("Stock.fml");
        AssertSameAsFresh(compilation, ("Shop.fml", Shop));
        Assert.Null(compilation.GetUnit("Stock.fml"));
        Assert.Contains("FML2018", CheckerFixture.Codes(compilation), StringComparison.Ordinal);

        compilation = compilation.WithDocument(CheckerFixture.Document("Stock.fml", Stock));
        AssertSameAsFresh(compilation, ("Stock.fml", Stock), ("Shop.fml", Shop));
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void An_edit_leaves_the_previous_compilation_unchanged_and_reuses_unchanged_trees()
    {
        var before = Fresh(("Stock.fml", Stock), ("Shop.fml", Shop));
        var snapshot = Snapshot(before);
        var stockTree = before.GetSyntaxTree("Stock.fml");
        var after = before.WithDocument(CheckerFixture.Document("Shop.fml", Shop.Replace("Pallet next", "Palet next", StringComparison.Ordinal)));
        Assert.NotEqual(snapshot, Snapshot(after));
        Assert.Equal(snapshot, Snapshot(before));
        Assert.Same(stockTree, after.GetSyntaxTree("Stock.fml"));
        Assert.NotSame(before.GetUnit("Stock.fml"), after.GetUnit("Stock.fml"));
    }

    [Fact]
    public void Giving_back_the_same_document_returns_the_same_compilation()
    {
        var document = CheckerFixture.Document("Stock.fml", Stock);
        var compilation = Compilation.Create([document]);
        Assert.Same(compilation, compilation.WithDocument(document));
    }
}

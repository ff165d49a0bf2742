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
        // Units the change did not affect are bound on demand.
        foreach (var path in compilation.Units.Keys)
        {
            compilation.EnsureBound(path);
        }

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

    [Fact]
    public void Only_the_edited_unit_and_the_units_that_depend_on_it_are_analysed_again()
    {
        const string Clock = "model Clock {\n\tint hour;\n}\n";
        var compilation = Fresh(("Stock.fml", Stock), ("Shop.fml", Shop), ("Clock.fml", Clock));
        Assert.Equal(["Clock.fml", "Shop.fml", "Stock.fml"], compilation.AnalysedPaths.Order(StringComparer.Ordinal));

        var shopEdited = compilation.WithDocument(CheckerFixture.Document("Shop.fml", Shop.Replace("free()", "available()", StringComparison.Ordinal)));
        Assert.Equal(["Shop.fml"], shopEdited.AnalysedPaths.Order(StringComparer.Ordinal));

        // An edit inside a body with a declared return type leaves Stock's interface unchanged: Shop is kept.
        var stockEdited = shopEdited.WithDocument(CheckerFixture.Document("Stock.fml", Stock.Replace("100", "120", StringComparison.Ordinal)));
        Assert.Equal(["Stock.fml"], stockEdited.AnalysedPaths.Order(StringComparer.Ordinal));

        // An edit of a declaration changes the interface: Shop, which reads Pallet.units, is analysed again.
        var stockRenamed = stockEdited.WithDocument(CheckerFixture.Document("Stock.fml", Stock.Replace("int units", "long units", StringComparison.Ordinal)));
        Assert.Equal(["Shop.fml", "Stock.fml"], stockRenamed.AnalysedPaths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_unit_kept_from_the_previous_compilation_is_bound_on_demand()
    {
        const string Clock = "model Clock {\n\tint hour;\n\tpublic int next() {\n\t\treturn hour + 1;\n\t}\n}\n";
        var compilation = Fresh(("Stock.fml", Stock), ("Clock.fml", Clock));
        _ = compilation.GetAllDiagnostics();
        var edited = compilation.WithDocument(CheckerFixture.Document("Stock.fml", Stock.Replace("100", "120", StringComparison.Ordinal)));
        Assert.DoesNotContain("Clock.fml", edited.AnalysedPaths);
        edited.EnsureBound("Clock.fml");
        var next = edited.FindModel("Clock")!.Behaviours.Single();
        Assert.NotNull(next.Body);
        Assert.Equal("int", next.ReturnType.DisplayName);
        Assert.Single(BoundTree.Descendants(next.Body).OfType<Flexo.Fml.Semantics.Bound.BoundPropertyAccess>());
        CheckerFixture.AssertClean(edited);
    }

    [Fact]
    public void Fixing_a_duplicate_uri_in_one_unit_clears_the_error_reported_on_the_other()
    {
        const string First = "@URI(\"http://example.org/X.fml\")\nmodel First {\n}\n";
        const string Second = "@URI(\"http://example.org/X.fml\")\nmodel Second {\n}\n";
        var compilation = Fresh(("A.fml", First), ("B.fml", Second));
        CheckerFixture.AssertCodes(compilation, "FML2032");
        _ = compilation.GetAllDiagnostics();

        var fixedFirst = First.Replace("X.fml", "Y.fml", StringComparison.Ordinal);
        var edited = compilation.WithDocument(CheckerFixture.Document("A.fml", fixedFirst));
        AssertSameAsFresh(edited, ("A.fml", fixedFirst), ("B.fml", Second));
    }

    [Fact]
    public void Removing_one_of_two_units_with_the_same_uri_clears_the_error_on_the_other()
    {
        const string First = "@URI(\"http://example.org/X.fml\")\nmodel First {\n}\n";
        const string Second = "@URI(\"http://example.org/X.fml\")\nmodel Second {\n}\n";
        var compilation = Fresh(("A.fml", First), ("B.fml", Second));
        _ = compilation.GetAllDiagnostics();
        var edited = compilation.RemoveDocument("A.fml");
        AssertSameAsFresh(edited, ("B.fml", Second));
    }

    [Fact]
    public void Editing_a_unit_two_imports_away_whose_types_flow_into_an_expression_rechecks_the_importer()
    {
        const string Parts = "@URI(\"http://example.org/Parts.fml\")\nmodel Parts {\n\tconcept Widget {\n\t\tint size;\n\t}\n}\n";
        const string Kit = "import [\"http://example.org/Parts.fml\"];\n@URI(\"http://example.org/Kit.fml\")\nmodel Kit {\n\tWidget widget;\n}\n";
        const string Bench = "import [\"http://example.org/Kit.fml\"];\nmodel Bench {\n\tKit kit with ModelInstance();\n\tpublic int measure() {\n\t\tint n = kit.widget.size;\n\t\treturn n;\n\t}\n}\n";
        var compilation = Fresh(("Parts.fml", Parts), ("Kit.fml", Kit), ("Bench.fml", Bench));
        CheckerFixture.AssertClean(compilation);
        _ = compilation.GetAllDiagnostics();

        var textParts = Parts.Replace("int size", "String size", StringComparison.Ordinal);
        var edited = compilation.WithDocument(CheckerFixture.Document("Parts.fml", textParts));
        AssertSameAsFresh(edited, ("Parts.fml", textParts), ("Kit.fml", Kit), ("Bench.fml", Bench));
        CheckerFixture.AssertCodes(edited, "FML2010");
    }

    [Fact]
    public void Editing_a_sibling_contained_model_whose_concept_is_used_rechecks_the_user()
    {
        const string Hall = "model Hall {\n}\n";
        const string Pong = "model Pong {\n\tconcept Racket {\n\t\tint weight;\n\t}\n}\n";
        const string Ping = "model Ping {\n\tRacket racket;\n}\n";
        var compilation = Fresh(("Hall.fml/Hall.fml", Hall), ("Hall.fml/Pong.fml/Pong.fml", Pong), ("Hall.fml/Ping.fml/Ping.fml", Ping));
        CheckerFixture.AssertClean(compilation);
        _ = compilation.GetAllDiagnostics();

        var renamed = Pong.Replace("Racket", "Paddle", StringComparison.Ordinal);
        var edited = compilation.WithDocument(CheckerFixture.Document("Hall.fml/Pong.fml/Pong.fml", renamed));
        AssertSameAsFresh(edited, ("Hall.fml/Hall.fml", Hall), ("Hall.fml/Pong.fml/Pong.fml", renamed), ("Hall.fml/Ping.fml/Ping.fml", Ping));
        CheckerFixture.AssertCodes(edited, "FML2001");
    }
}

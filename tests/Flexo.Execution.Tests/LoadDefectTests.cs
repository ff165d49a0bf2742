using Flexo.Fml.Semantics;
using Flexo.Runtime;

namespace Flexo.Execution.Tests;

/// <summary>Run-time sides of D19 and D25.</summary>
public sealed class LoadDefectTests
{
    [Fact]
    public void D19_unresolved_condition_is_a_run_time_error_not_true()
    {
        var compilation = Compilation.Create([new FmlDocument("Plant.fml", """
            model Plant {
              public int spin() { int n = 0; while (ghost.active) { n = n + 1; } return n; }
            }
            """, "http://test/Plant.fml")]);
        Assert.Contains(compilation.GetAllDiagnostics().SelectMany(d => d.Value), d => d.IsError);
        var engine = new FmlEngine(compilation, EngineOptions.Default with { MaxSteps = 1000 });
        var plant = engine.CreateModelInstance(compilation.FindModel("Plant")!, "p");
        var error = Assert.Throws<FmlExecutionException>(() => engine.Call(plant, "spin"));
        Assert.Equal(ExecutionErrors.UncheckedCode, error.Code);
        Assert.Contains("'ghost' did not check at load", error.Message, StringComparison.Ordinal);
        Assert.Equal("Plant.spin()", error.Location!.Behaviour);
    }

    [Theory]
    [InlineData(0, 1, 2)]
    [InlineData(0, 2, 1)]
    [InlineData(1, 0, 2)]
    [InlineData(1, 2, 0)]
    [InlineData(2, 0, 1)]
    [InlineData(2, 1, 0)]
    public void D25_units_importing_each_other_run_in_every_load_order(int first, int second, int third)
    {
        string[] units =
        [
            """
            import ["http://example.org/c/Review.fml"];
            @URI("http://example.org/c/Catalog.fml")
            model Catalog {
              public concept Product { String sku; }
              Review review with ModelInstance();
              public String reviewedSku() { return review.about.sku; }
            }
            """,
            """
            import ["http://example.org/c/Catalog.fml"];
            @URI("http://example.org/c/Remark.fml")
            model Remark { Product about; }
            """,
            """
            import ["http://example.org/c/Catalog.fml"];
            import ["http://example.org/c/Remark.fml"];
            @URI("http://example.org/c/Review.fml")
            model Review extends Remark { }
            """,
        ];
        var h = new Harness(units[first], units[second], units[third]);
        var catalog = h.New("Catalog");
        var product = h.New(catalog, "Product");
        h.Engine.SetValue(product, "sku", "X-1");
        var review = h.New("Review");
        h.Engine.SetValue(review, "about", product);
        h.Engine.SetValue(catalog, "review", review);
        Assert.Equal("X-1", h.Call(catalog, "reviewedSku"));
        Assert.IsType<VirtualModelInstance>(h.Get(catalog, "review"));
    }
}

namespace Flexo.Execution.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Loop_over_integers_computes_the_java_result()
    {
        var h = new Harness("""
            model Calc {
              public long sum(int n) {
                long s = 0;
                for (int i = 0; i < parameters.n; i++) { s = s + i * 3 % 7; }
                return s;
              }
            }
            """);
        var calc = h.New("Calc");
        long expected = 0;
        for (var i = 0; i < 1000; i++)
        {
            expected += (long)(i * 3 % 7);
        }

        Assert.Equal(expected, h.Call(calc, "sum", 1000));
    }
}

using Flexo.Fml.Syntax;
using Flexo.Fml.Tests.Infrastructure;

namespace Flexo.Fml.Tests.Corpus;

/// <summary>
/// Differential tests on the expressions of the valid samples: an expression that is not an FML action parses to the
/// same tree wherever it stands (returned, assigned, passed as an argument, used as a condition, in parentheses).
/// </summary>
public sealed class ExpressionContextTests
{
    private static readonly string[] s_contexts =
    [
        "return {0};",
        "x = {0};",
        "f({0});",
        "f(a, {0});",
        "if ({0}) {{ }}",
        "while ({0}) {{ }}",
        "T v = {0};",
        "return ({0});",
    ];

    public static TheoryData<string> ValidSamples => SampleCorpus.Valid;

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Expression_parses_the_same_in_every_context(string sample)
    {
        var tree = SyntaxTree.Parse(SampleCorpus.ReadText(sample));
        var expressions = tree.Root.DescendantNodesAndSelf()
            .Select(n => n switch
            {
                ReturnStatementSyntax r => r.Expression,
                EqualsValueClauseSyntax e => e.Value,
                AssignmentExpressionSyntax a => a.Right,
                _ => null,
            })
            .OfType<ExpressionSyntax>()
            .Where(e => !ContainsAction(e) && e.Kind != SyntaxKind.AssignmentExpression)
            .Select(e => e.ToString())
            .Where(e => !e.Contains('\n', StringComparison.Ordinal) && !e.Contains("//", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Take(60)
            .ToList();
        foreach (var expression in expressions)
        {
            string? reference = null;
            foreach (var context in s_contexts)
            {
                var statement = string.Format(System.Globalization.CultureInfo.InvariantCulture, context, expression);
                var parsed = SyntaxTree.Parse($"model M {{ f() {{ {statement} }} }}");
                Assert.True(parsed.Diagnostics.IsEmpty,
                    $"{sample}: \"{statement}\" gives diagnostics:{Environment.NewLine}{StageDumps.DescribeAll(parsed)}");
                var embedded = parsed.Root.DescendantNodesAndSelf().OfType<ExpressionSyntax>()
                    .First(e => e.ToString() == expression && e.Span.Start == StartOf(context));
                var shape = Shape(embedded);
                reference ??= shape;
                Assert.True(reference == shape, $"{sample}: {expression} parses differently in \"{statement}\":{Environment.NewLine}"
                    + $"{shape}{Environment.NewLine}instead of{Environment.NewLine}{reference}");
            }
        }
    }

    /// <summary>Where the expression starts in the wrapped statement (every context has its hole before any brace).</summary>
    private static int StartOf(string context) => "model M { f() { ".Length + context.IndexOf("{0}", StringComparison.Ordinal);

    private static bool ContainsAction(SyntaxNode node) => node.DescendantNodesAndSelf().Any(n => n.Kind is SyntaxKind.SelectExpression
        or SyntaxKind.DeleteExpression or SyntaxKind.LogExpression or SyntaxKind.FireExpression or SyntaxKind.NotifyExpression
        or SyntaxKind.BeginMatchExpression or SyntaxKind.MatchExpression or SyntaxKind.EndMatchExpression
        or SyntaxKind.TechnologyActionExpression or SyntaxKind.MissingExpression);

    private static string Shape(SyntaxNode node) => string.Join(' ', node.DescendantNodesAndSelf().Select(n => n.Kind.ToString()))
        + " | " + string.Join(' ', node.DescendantTokens().Select(t => t.Kind.ToString()));
}

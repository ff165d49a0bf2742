using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using FmlSyntaxTree = Flexo.Fml.Syntax.SyntaxTree;

namespace Flexo.Benchmarks;

/// <summary>
/// FML parser against Roslyn's C# parser on generated inputs of the same size and shape. Both build a
/// full-fidelity tree (tokens with trivia); the FML lexer alone is measured too.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParseBenchmarkConfig))]
public class ParseBenchmarks
{
    private string _fml = string.Empty;
    private string _csharp = string.Empty;

    /// <summary>Input size in bytes (the generated text is at most one concept longer).</summary>
    [Params(Corpora.SmallSize, Corpora.LargeSize)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fml = Corpora.Fml(Size);
        _csharp = Corpora.CSharp(Size);

        // Sanity check: a benchmark of inputs with errors would measure error recovery, not parsing.
        CorpusVerifier.VerifyFml(_fml);
        CorpusVerifier.VerifyCSharp(_csharp);
    }

    [Benchmark(Description = "FmlParse")]
    public FmlSyntaxTree FmlParse() => FmlSyntaxTree.Parse(_fml);

    [Benchmark(Baseline = true, Description = "RoslynParse")]
    public Microsoft.CodeAnalysis.SyntaxNode RoslynParse() => CSharpSyntaxTree.ParseText(_csharp).GetRoot();

    [Benchmark(Description = "FmlLex")]
    public int FmlLex() => FmlLexerAccess.Lex(_fml).Count;

    /// <summary>The exact input length of a benchmark case, for the throughput columns.</summary>
    internal static int InputLength(string method, int size) =>
        method == nameof(RoslynParse) ? Corpora.CSharp(size).Length : Corpora.Fml(size).Length;
}

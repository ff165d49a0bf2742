using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Flexo.Fml.Semantics;
using Compilation = Flexo.Fml.Semantics.Compilation;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Flexo.Benchmarks;

/// <summary>
/// The checker on a generated resource center of 200 files (about 57,000 lines): a cold check (parse, declare, link,
/// bind, validate every unit) and the re-check after a one-file edit, beside Roslyn compiling the same program written
/// in C# (parse + bind + diagnostics) and re-compiling after the same edit.
/// </summary>
[Config(typeof(CheckBenchmarkConfig))]
public class CheckBenchmarks
{
    private const int Files = 200;
    private IReadOnlyList<FmlDocument> _fml = [];
    private Compilation _checked = null!;
    private CSharpCompilation _roslyn = null!;
    private Microsoft.CodeAnalysis.SyntaxTree _roslynFirst = null!;
    private string _roslynFirstText = string.Empty;
    private IReadOnlyList<string> _csharp = [];
    private List<MetadataReference> _references = [];
    private int _version;

    [GlobalSetup]
    public void Setup()
    {
        _fml = CheckCorpus.Fml(Files);
        _checked = Compilation.Create(_fml);
        var errors = _checked.GetAllDiagnostics().Values.Sum(d => d.Count(x => x.IsError));
        if (errors > 0)
        {
            throw new InvalidOperationException($"The generated resource center has {errors} errors.");
        }

        _csharp = CheckCorpus.CSharp(Files);
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        _references = [.. trusted.Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Collections.dll" or "System.Linq.dll"
            or "System.Console.dll" or "System.Private.CoreLib.dll").Select(p => MetadataReference.CreateFromFile(p))];
        _roslyn = RoslynCompile();
        var roslynErrors = _roslyn.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        if (roslynErrors > 0)
        {
            throw new InvalidOperationException($"The generated C# has {roslynErrors} errors: {_roslyn.GetDiagnostics().First()}");
        }

        _roslynFirst = _roslyn.SyntaxTrees[0];
        _roslynFirstText = _csharp[0];
    }

    /// <summary>Lines of FML in the resource center.</summary>
    public int FmlLines => _fml.Sum(d => d.Text.Count(c => c == '\n'));

    [Benchmark(Description = "FML check, cold")]
    public int FmlCold() => Compilation.Create(_fml).GetAllDiagnostics().Count;

    [Benchmark(Description = "Roslyn compile, cold", Baseline = true)]
    public int RoslynCold() => RoslynCompile().GetDiagnostics().Length;

    [Benchmark(Description = "FML re-check, one file edited")]
    public int FmlEdit()
    {
        var edited = CheckCorpus.Edited(_fml[0], ++_version);
        return _checked.WithDocument(edited).GetAllDiagnostics().Count;
    }

    [Benchmark(Description = "Roslyn re-compile, one file edited")]
    public int RoslynEdit()
    {
        var text = _roslynFirstText.Replace("int total = 0;", $"int total = {++_version % 7};", StringComparison.Ordinal);
        var tree = CSharpSyntaxTree.ParseText(text, path: _roslynFirst.FilePath);
        return _roslyn.ReplaceSyntaxTree(_roslynFirst, tree).GetDiagnostics().Length;
    }

    private CSharpCompilation RoslynCompile() => CSharpCompilation.Create(
        "Bench",
        _csharp.Select((text, i) => CSharpSyntaxTree.ParseText(text, path: $"M{i}.cs")),
        _references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}

/// <summary>A short job with the memory diagnoser (the whole class runs in about two minutes).</summary>
public sealed class CheckBenchmarkConfig : ManualConfig
{
    public CheckBenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(8).WithInvocationCount(1).WithUnrollFactor(1).WithId("Check"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Flexo.Benchmarks;

/// <summary>
/// A short job (one launch, 5 warm-up and 10 measured iterations of 2 operations each, tiered compilation off) so that the whole run takes
/// a few minutes on a small machine, and three columns: exact input size, throughput (MB/s) and bytes allocated per
/// input byte. The memory diagnoser is enabled by the attribute on <see cref="ParseBenchmarks"/>.
/// </summary>
public sealed class ParseBenchmarkConfig : ManualConfig
{
    public ParseBenchmarkConfig()
    {
        // Tiered compilation is off: every method is compiled fully optimised on first use. Roslyn's parser has
        // thousands of methods, and on a small busy machine the background compiler took more than 40 operations
        // to promote them (its 512 KiB parse was still getting faster during the measured iterations), so with
        // tiering on the comparison depended on the warm-up length. Both parsers lose dynamic PGO this way.
        // A fixed number of operations per iteration: the pilot stage, which would choose it, is easily fooled by
        // a slow first invocation or a busy machine into one operation per iteration.
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(10)
            .WithInvocationCount(2).WithUnrollFactor(1)
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredCompilation", "0")).WithId("Short"));
        AddColumn(new InputColumn(), new ThroughputColumn(), new AllocatedPerInputByteColumn());
    }

    private static int InputLength(BenchmarkCase benchmarkCase) =>
        ParseBenchmarks.InputLength(benchmarkCase.Descriptor.WorkloadMethod.Name, (int)benchmarkCase.Parameters["Size"]);

    private abstract class CustomColumn : IColumn
    {
        public abstract string Id { get; }

        public abstract string ColumnName { get; }

        public abstract string Legend { get; }

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }

    private sealed class InputColumn : CustomColumn
    {
        public override string Id => "Flexo.Input";

        public override string ColumnName => "Input bytes";

        public override string Legend => "Exact length of the parsed input (ASCII: one char is one byte)";

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            InputLength(benchmarkCase).ToString("N0");
    }

    private sealed class ThroughputColumn : CustomColumn
    {
        public override string Id => "Flexo.Throughput";

        public override string ColumnName => "MB/s";

        public override string Legend => "Input megabytes (10^6 bytes) processed per second, from the mean time";

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            return statistics is null ? "NA" : (InputLength(benchmarkCase) / 1e6 / (statistics.Mean / 1e9)).ToString("F1");
        }
    }

    private sealed class AllocatedPerInputByteColumn : CustomColumn
    {
        public override string Id => "Flexo.AllocPerByte";

        public override string ColumnName => "Alloc B/B";

        public override string Legend => "Bytes allocated per operation divided by the input length";

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var allocated = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is null ? "NA" : ((double)allocated / InputLength(benchmarkCase)).ToString("F2");
        }
    }
}

using BenchmarkDotNet.Running;
using Flexo.Benchmarks;

// Modes besides the benchmarks themselves (see docs/PERFORMANCE.md):
//   --verify            generate the corpora and check them (FML: zero diagnostics and exact round trip; C#: no Roslyn diagnostic)
//   --profile [MB...]   stopwatch/allocation profile of the FML parser (lexing vs parsing) next to Roslyn
//   --runtime-profile   stopwatch run of the run-time workloads (loop, creation, select, resync)
//   --write DIR         write the generated corpora to DIR for inspection
switch (args)
{
    case ["--verify", ..]:
        return Tools.Verify();
    case ["--profile", .. var sizes]:
        return ParserProfile.Run(sizes);
    case ["--runtime-profile", ..]:
        return RuntimeProfile.Run();
    case ["--write", var directory]:
        return Tools.Write(directory);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
        return 0;
}

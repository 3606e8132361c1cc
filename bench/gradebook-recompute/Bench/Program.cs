using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RecomputeBench;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Cli;

// The whole-year recompute's calculation over a school year already in memory (RecomputeYear.Compute: every
// subject result and every student result, no I/O), next to loading the same rows (RecomputeYear.LoadAsync).
//   dotnet run -c Release --project bench/gradebook-recompute/Bench -- <school code> [app options: --Database:Provider=… --TRUONGSO_DATA_DIR=…]
// In-process (the app is not rebuilt by BenchmarkDotNet): the host reads the database run.sh seeded.
WholeYear.School = args[0];
WholeYear.AppArgs = args[1..];
// The in-process toolchain gives up on a benchmark after 5 minutes by default: on a shared machine the
// load alone (13 iterations of seconds each) took longer, BenchmarkDotNet threw, and run.sh stopped there.
var toolchain = new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true);
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(toolchain).WithWarmupCount(3).WithIterationCount(10).WithId("InProcess"));
BenchmarkRunner.Run<WholeYear>(config);
// The load is seconds long: one call per iteration, fewer iterations.
BenchmarkRunner.Run<WholeYearLoad>(DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(toolchain)
    .WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1).WithId("InProcess")));

namespace RecomputeBench
{
    /// <summary>Goal (issue 4): under 50 ms for the calculation of a 2,000-student school's year.</summary>
    [MemoryDiagnoser]
    public class WholeYear
    {
        public static string School { get; set; } = "";
        public static string[] AppArgs { get; set; } = [];

        private CliHost host = null!;
        private RecomputeInput input = null!;

        // Synchronous on purpose: the in-process toolchain does not wait for an async set-up, which SQLite finishes
        // synchronously anyway but PostgreSQL does not (Compute then ran on a null input and ended as NA).
        [GlobalSetup]
        public void Setup()
        {
            (host, var yearId) = OpenAsync().GetAwaiter().GetResult();
            input = host.Get<RecomputeYear>().LoadAsync(yearId).GetAwaiter().GetResult()!;
            Console.WriteLine($"// {School}: {input.Roster.Values.Sum(r => r.Count)} students, {input.Marks.Count} marks, {input.SubjectRows.Count} subject results");
        }

        [GlobalCleanup]
        public async Task Cleanup() => await host.DisposeAsync();

        /// <summary>The calculation: every subject result and every student result of the year, nothing to write (as after a first run).</summary>
        [Benchmark]
        public int Compute() => RecomputeYear.Compute(input, DateTime.UtcNow, static _ => { }).SubjectRows;

        internal static async Task<(CliHost Host, Guid YearId)> OpenAsync()
        {
            var host = await CliHost.StartAsync(AppArgs, migrate: false, CancellationToken.None);
            var unit = (await host.Get<IOrgDirectory>().FindByCodeAsync(School)).First(u => u.Kind == OrgUnitKind.School);
            return (host, (await host.Get<ISchoolStructure>().CurrentYearAsync(unit.Id))!.Id);
        }
    }

    /// <summary>Only loading the same rows (the baseline the issue asks for).</summary>
    [MemoryDiagnoser]
    public class WholeYearLoad
    {
        private CliHost host = null!;
        private Guid yearId;

        [GlobalSetup]
        public void Setup() => (host, yearId) = WholeYear.OpenAsync().GetAwaiter().GetResult();

        [GlobalCleanup]
        public async Task Cleanup() => await host.DisposeAsync();

        [Benchmark]
        public async Task<int> Load() => (await host.Get<RecomputeYear>().LoadAsync(yearId))!.Marks.Count;
    }
}

using System.Diagnostics;
using System.Globalization;
using ImportBench;
using TruongSo.Web.Modules.People.ImportExport;
using TruongSo.Web.Modules.People.ImportExport.Students;
using TruongSo.Web.Modules.People.ImportExport.Xlsx;

// End-to-end timed runs, not BenchmarkDotNet: what matters is one import of a whole file through
// the real service (read, check, write, audit) against a real database, next to the fastest way to
// put the same rows in. Each measured run goes into a school of its own in a fresh database,
// after a warm-up import (JIT, connection pool) of other rows.
var count = int.Parse(Environment.GetEnvironmentVariable("ROWS") ?? "10000", CultureInfo.InvariantCulture);
var postgres = Environment.GetEnvironmentVariable("TRUONGSO_BENCH_PG") ?? Environment.GetEnvironmentVariable("TRUONGSO_TEST_PG");
var work = Directory.CreateTempSubdirectory("truongso-import-bench").FullName;

var rounds = int.Parse(Environment.GetEnvironmentVariable("ROUNDS") ?? "3", CultureInfo.InvariantCulture);
var pupils = Pupils.Make(count, seed: 2026, codePrefix: "BE");
var file = Xlsx(pupils);
var warmUp = Xlsx(Pupils.Make(2000, seed: 7, codePrefix: "WU"));
var warmBulk = Pupils.Make(2000, seed: 8, codePrefix: "WB");
Console.WriteLine($"{count:N0} rows, xlsx {file.Length / 1024.0:N0} KB, {Environment.ProcessorCount} cores, .NET {Environment.Version}, fastest of {rounds} rounds, {Load()}");
Console.WriteLine();
Console.WriteLine("| engine | import (new) rows/s | re-import (update) rows/s | bulk load rows/s | import ÷ bulk |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
foreach (var engine in postgres is null ? new[] { "Sqlite" } : ["Sqlite", "Postgres"])
{
    var (imported, updated, bulk) = (new List<double>(), new List<double>(), new List<double>());
    for (var round = 0; round < rounds; round++)
    {
        await using (var database = await BenchDatabase.CreateAsync(engine, work, postgres))
        {
            await WarmUpAsync(database);
            var school = await database.SchoolAsync("BENCH");
            imported.Add(await ImportAsync(database, school, file, "new"));
            updated.Add(await ImportAsync(database, school, file, "update"));
        }
        await using (var fresh = await BenchDatabase.CreateAsync(engine, work, postgres))
        {
            await WarmUpAsync(fresh);
            await Baseline.LoadAsync(fresh, await fresh.SchoolAsync("WARMBULK"), warmBulk);
            bulk.Add(count / await Baseline.LoadAsync(fresh, await fresh.SchoolAsync("BASE"), pupils));
        }
    }
    Console.Error.WriteLine($"  {Load()}");
    Console.WriteLine($"| {engine} | {imported.Max():N0} | {updated.Max():N0} | {bulk.Max():N0} | {imported.Max() / bulk.Max():P0} |");
}
if (postgres is null)
{
    Console.WriteLine("(PostgreSQL skipped: set TRUONGSO_BENCH_PG or run bench/import/run.sh)");
}
Directory.Delete(work, recursive: true);

// The JIT compiles in tiers: a method runs unoptimised until it has been called often enough, and
// a server has imported many files before the one that counts. Two imports (new, then update)
// of 2,000 other rows bring the import's code to its optimised tier before the clock starts.
async Task WarmUpAsync(BenchDatabase database)
{
    var warm = await database.SchoolAsync("WARM");
    await ImportAsync(database, warm, warmUp, "warm-up");
    await ImportAsync(database, warm, warmUp, "warm-up");
}

// Other work on the machine only ever adds time, and moves wall-clock figures a lot: each
// figure is the fastest of its rounds (import and bulk load alike), and the load is printed.
static string Load() => File.Exists("/proc/loadavg") ? $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}" : "";

static byte[] Xlsx(List<Pupil> rows) =>
    XlsxWriter.ToBytes(new XlsxSheet(StudentSheet.SheetName, [.. StudentSheet.Columns.Select(c => c.Header)], rows.Select(Pupils.Row)));

static async Task<double> ImportAsync(BenchDatabase database, Guid school, byte[] file, string what)
{
    var import = database.Host.Get<ImportStudents>();
    var clock = Stopwatch.StartNew();
    var stages = new Dictionary<ImportStage, double>();
    var progress = new StageClock(clock, stages);
    var report = await import.HandleAsync(new ImportRequest(school, new MemoryStream(file), "bench.xlsx", ImportMode.AllOrNothing), progress);
    var seconds = clock.Elapsed.TotalSeconds;
    if (!report.Written || report.Errors.Count > 0)
    {
        throw new InvalidOperationException($"{database.Engine} {what}: {string.Join("; ", report.Errors.Take(5))}");
    }
    Console.Error.WriteLine($"  {database.Engine,-8} {what,-8} {report.RowsRead,6:N0} rows in {seconds * 1000,7:N0} ms = {report.RowsRead / seconds,9:N0} rows/s (created {report.Created:N0}, updated {report.Updated:N0}); " +
        $"read + row checks {stages.GetValueOrDefault(ImportStage.Validating) * 1000:N0} ms, database checks + plan {(stages.GetValueOrDefault(ImportStage.Writing) - stages.GetValueOrDefault(ImportStage.Validating)) * 1000:N0} ms, " +
        $"write + audit + commit {(seconds - stages.GetValueOrDefault(ImportStage.Writing)) * 1000:N0} ms");
    return report.RowsRead / seconds;
}

/// <summary>When each stage began (first report of it), for the breakdown.</summary>
internal sealed class StageClock(Stopwatch clock, Dictionary<ImportStage, double> started) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => started.TryAdd(value.Stage, clock.Elapsed.TotalSeconds);
}

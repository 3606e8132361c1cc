using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

// Open-loop load, as wrk2 makes it: the teachers together offer RATE saves per second whatever the answers
// take, each teacher on a fixed schedule of their own (one connection, one save at a time, the schedules
// spread evenly over the interval). A save's latency counts from when it was due, not from when it could be
// sent, so a slow answer that delays the teacher's next save is charged to that save too (no coordinated
// omission). A closed loop (wrk) cannot answer "p99 at 200 sheets/s": with 50 connections, its rate and its
// mean latency are tied by Little's law (50 = rate × mean latency).
//   dotnet GradebookSavePace.dll <base url> <tokens file> <rate per second> <seconds>
// tokens file: "<token> <classId> <subjectId> <studentId,studentId,…>" per teacher; every cell is changed each
// save (7.5 ↔ 8.0) with the version the previous save left, starting from empty sheets (version 0).
var (baseUrl, tokensFile) = (new Uri(args[0]), args[1]);
var rate = double.Parse(args[2], CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(double.Parse(args[3], CultureInfo.InvariantCulture));
var teachers = File.ReadAllLines(tokensFile).Where(l => l.Length > 0).Select(Teacher.Parse).ToList();
var interval = TimeSpan.FromSeconds(teachers.Count / rate);
var clock = Stopwatch.StartNew();
// The pacer runs at the rate for a few seconds before it counts: its own first requests (JIT, connections)
// would otherwise be charged to the app. It shares the machine's cores with the app, so it says what it cost.
var warmup = TimeSpan.FromSeconds(5);
var start = clock.Elapsed + TimeSpan.FromMilliseconds(500) + warmup;
var end = start + duration;
var cpu = TimeSpan.Zero;

var runs = await Task.WhenAll(teachers.Select((t, i) => Task.Run(() => t.RunAsync(baseUrl, clock, start - warmup + (interval * i / teachers.Count), interval, start, end,
    () => cpu = Process.GetCurrentProcess().TotalProcessorTime))));
var latencies = runs.SelectMany(r => r.Latencies).Order().ToList();
var failed = runs.Sum(r => r.Failed);
var finished = runs.Max(r => r.LastAnswer) - start;
var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{rate:0} sheets/s offered, {latencies.Count / finished.TotalSeconds:0.0} done, p50 {Percentile(50):0.0} ms, p90 {Percentile(90):0.0} ms, p99 {Percentile(99):0.0} ms, max {latencies[^1]:0.0} ms, {latencies.Count} saves, {failed} failed; pacer {used.TotalMilliseconds / latencies.Count:0.00} CPU-ms/save"));
return failed == 0 ? 0 : 1;

double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p / 100 * latencies.Count) - 1)];

internal sealed record Teacher(string Token, string Path, string[] Students)
{
    private static readonly string[] Columns = ["Tx1", "Tx2", "Tx3", "Tx4", "Gk", "Ck"];
    private static readonly byte[] Conflict = Encoding.UTF8.GetBytes("\"conflicts\":[{");

    public static Teacher Parse(string line)
    {
        var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new(f[0], $"/api/v1/gradebook/classes/{f[1]}/subjects/{f[2]}/terms/1/marks", f[3].Split(','));
    }

    public async Task<(List<double> Latencies, int Failed, TimeSpan LastAnswer)> RunAsync(Uri baseUrl, Stopwatch clock, TimeSpan first, TimeSpan interval,
        TimeSpan counted, TimeSpan end, Action onCounting)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var uri = new Uri(Path, UriKind.Relative);
        var (bodies, body) = (new[] { Template("7.5"), Template("8.0") }, new byte[1 << 16]);
        var (latencies, failed, version, last, warm) = (new List<double>(), 0, 0, first, true);
        for (var due = first; due < end; due += interval)
        {
            if (warm && due >= counted)
            {
                (warm, last) = (false, counted);
                onCounting(); // the last teacher to get here sets the pacer's CPU baseline
            }
            if (due - clock.Elapsed is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait);
            }
            using var content = new ByteArrayContent(body, 0, Fill(body, bodies[version % 2], version));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PutAsync(uri, content);
            var answer = await response.Content.ReadAsByteArrayAsync();
            if (!warm)
            {
                last = clock.Elapsed;
                latencies.Add((last - due).TotalMilliseconds);
            }
            if (response.IsSuccessStatusCode && answer.AsSpan().IndexOf(Conflict) < 0)
            {
                version++;
            }
            else if (!warm)
            {
                failed++;
            }
        }
        return (latencies, failed, last);
    }

    // The body with every cell at one value, cut where each cell's version goes: a save only copies and writes numbers.
    private byte[][] Template(string value)
    {
        var parts = new List<byte[]>();
        var sb = new StringBuilder("{\"cells\":[");
        foreach (var s in Students)
        {
            foreach (var c in Columns)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{{\"studentId\":\"{s}\",\"column\":\"{c}\",\"value\":\"{value}\",\"version\":");
                parts.Add(Encoding.UTF8.GetBytes(sb.ToString()));
                sb.Clear().Append("},");
            }
        }
        sb.Length--;
        parts.Add(Encoding.UTF8.GetBytes(sb.Append("]}").ToString()));
        return [.. parts];
    }

    private static int Fill(byte[] body, byte[][] parts, int version)
    {
        var length = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i].CopyTo(body, length);
            length += parts[i].Length;
            if (i < parts.Length - 1)
            {
                System.Buffers.Text.Utf8Formatter.TryFormat(version, body.AsSpan(length), out var written);
                length += written;
            }
        }
        return length;
    }
}

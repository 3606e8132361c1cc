using Spectre.Console;

namespace TruongSo.Web.Platform.Cli;

/// <summary>
/// Spinners and progress bars on a terminal; plain lines when output goes to a file, a CI log or a
/// test (Spectre allows one live display per process, and a log has no use for redraws).
/// </summary>
public static class CliDisplay
{
    public static bool Live => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static async Task StatusAsync(string description, Func<Task> work)
    {
        if (Live)
        {
            await AnsiConsole.Status().StartAsync(description, _ => work());
            return;
        }
        Console.WriteLine(description);
        await work();
    }

    /// <param name="work">Gets a callback to report how far it is, out of <paramref name="total"/>.</param>
    public static async Task ProgressAsync(string description, double total, Func<Action<double>, Task> work)
    {
        if (Live)
        {
            await AnsiConsole.Progress().StartAsync(async p =>
            {
                var task = p.AddTask(description, maxValue: Math.Max(total, 1));
                await work(done => task.Value = done);
                task.Value = task.MaxValue;
            });
            return;
        }
        Console.WriteLine(description);
        var lastTenth = 0;
        await work(done =>
        {
            var tenth = total <= 0 ? 0 : (int)(done * 10 / total);
            if (tenth > lastTenth)
            {
                lastTenth = tenth;
                Console.WriteLine($"  {tenth * 10}%");
            }
        });
    }
}

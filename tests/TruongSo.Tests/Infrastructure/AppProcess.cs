using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace TruongSo.Tests.Infrastructure;

/// <summary>The built TruongSo.Web executable run as a separate process, as an operator would run it.</summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<string> url = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
    }

    public string Output { get { lock (output) { return output.ToString(); } } }
    public Task<string> Url => url.Task;
    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    public static AppProcess Start(IDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(WebDll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }
        var app = new AppProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        app.process.Exited += (_, _) => app.url.TrySetException(new InvalidOperationException("The app exited:\n" + app.Output));
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        return app;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        return process.ExitCode;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
        if (Banner().Match(line) is { Success: true } m)
        {
            url.TrySetResult(m.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"TruongSo đang chạy tại: (http://\S+)")]
    private static partial Regex Banner();

    /// <summary>The web project's own build output, in the configuration these tests were built in.</summary>
    private static string WebDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(dir!.FullName, "TruongSo.slnx")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir.FullName, "src", "TruongSo.Web", "bin", configuration, "net10.0", "TruongSo.Web.dll");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}

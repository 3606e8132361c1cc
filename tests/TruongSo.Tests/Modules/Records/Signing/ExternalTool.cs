using System.Diagnostics;

namespace TruongSo.Tests.Modules.Records.Signing;

/// <summary>Runs one of the independent verifiers (pdfsig, openssl, xmlsec1) and returns everything it printed.</summary>
public static class ExternalTool
{
    public static Task<(int Exit, string Output)> RunAsync(string tool, params string[] args) => RunInAsync(null, tool, args);

    /// <summary>Runs in a folder (pdfsig -dump writes there).</summary>
    public static async Task<(int Exit, string Output)> RunInAsync(string? folder, string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder ?? "" };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}

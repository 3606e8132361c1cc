using System.Diagnostics;

namespace TruongSo.Tests.Browser;

/// <summary>
/// Reads a QR code with zbarimg (Debian's zbar-tools, which ./test.sh installs): a decoder nobody
/// here wrote, so a passing test means a phone's camera would read the same text.
/// </summary>
public static class QrCodes
{
    public static async Task<string> DecodeAsync(byte[] png)
    {
        var file = Path.Combine(TestDatabases.RunDirectory, $"qr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, png);
        using var zbar = Process.Start(new ProcessStartInfo("zbarimg", ["--raw", "-q", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await zbar.StandardOutput.ReadToEndAsync();
        await zbar.WaitForExitAsync();
        zbar.ExitCode.Should().Be(0, "zbarimg should find exactly the QR code in {0}", file);
        return output.TrimEnd('\n');
    }
}

using System.Diagnostics;
using TruongSo.Tests.Browser;

namespace TruongSo.Tests.Modules.Records.Rendition;

/// <summary>
/// Poppler (pdftotext, pdffonts, pdftoppm), zbarimg and xmllint: tools nobody here wrote, so a
/// passing test means any reader of the file would see the same.
/// </summary>
public static class PdfTools
{
    public static async Task<string> SaveAsync(byte[] bytes, string extension)
    {
        var file = Path.Combine(TestDatabases.RunDirectory, $"rendition-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllBytesAsync(file, bytes);
        return file;
    }

    public static async Task<string> TextAsync(byte[] pdf) => (await RunAsync("pdftotext", "-layout", await SaveAsync(pdf, "pdf"), "-")).Output;

    public static async Task<string> FontsAsync(byte[] pdf) => (await RunAsync("pdffonts", await SaveAsync(pdf, "pdf"))).Output;

    public static async Task<int> PageCountAsync(byte[] pdf) =>
        int.Parse((await RunAsync("pdfinfo", await SaveAsync(pdf, "pdf"))).Output.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(),
            System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Page <paramref name="page"/> (1-based) as PNG at <paramref name="dpi"/>, optionally only the crop (x, y, w, h in points).</summary>
    public static async Task<byte[]> RenderAsync(byte[] pdf, int page, int dpi = 150, (double X, double Y, double W, double H)? crop = null)
    {
        var file = await SaveAsync(pdf, "pdf");
        var output = Path.Combine(TestDatabases.RunDirectory, $"page-{Guid.NewGuid():N}");
        var args = new List<string> { "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", $"{page}", "-l", $"{page}", "-singlefile" };
        if (crop is { } c)
        {
            int Px(double points) => (int)Math.Round(points * dpi / 72);
            args.AddRange(["-x", $"{Px(c.X)}", "-y", $"{Px(c.Y)}", "-W", $"{Px(c.W)}", "-H", $"{Px(c.H)}"]);
        }
        await RunAsync("pdftoppm", [.. args, file, output]);
        return await File.ReadAllBytesAsync(output + ".png");
    }

    public static async Task<string> QrOfPageAsync(byte[] pdf, int page) => await QrCodes.DecodeAsync(await RenderAsync(pdf, page, 200));

    /// <summary>The bounding box (points, top-left origin) of the first word equal to <paramref name="word"/>, from pdftotext -bbox.</summary>
    public static async Task<(double X, double Y, double W, double H)> WordBoxAsync(byte[] pdf, string word)
    {
        var html = (await RunAsync("pdftotext", "-bbox", "-f", "1", "-l", "1", await SaveAsync(pdf, "pdf"), "-")).Output;
        var line = html.Split('\n').First(l => l.Contains($">{word}</word>", StringComparison.Ordinal));
        double Attr(string name)
        {
            var start = line.IndexOf($"{name}=\"", StringComparison.Ordinal) + name.Length + 2;
            return double.Parse(line[start..line.IndexOf('"', start)], System.Globalization.CultureInfo.InvariantCulture);
        }
        return (Attr("xMin"), Attr("yMin"), Attr("xMax") - Attr("xMin"), Attr("yMax") - Attr("yMin"));
    }

    /// <summary>xmllint --schema: exit code and messages.</summary>
    public static async Task<(int ExitCode, string Output)> ValidateXmlAsync(byte[] xml, string xsd) =>
        await RunAsync("xmllint", "--noout", "--schema", xsd, await SaveAsync(xml, "xml"));

    public static string SchemaPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "TruongSo.slnx")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir.FullName, "src", "TruongSo.Web", "Modules", "Records", "Rendition", "Schema", "hoc-ba-1.xsd");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}

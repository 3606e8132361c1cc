namespace TruongSo.Web.Modules.Records.Archive;

/// <summary>A trust anchor to ship with an export, so that anyone can verify the signatures with their own tools.</summary>
public sealed record TrustAnchorFile(string Name, string Pem);

/// <summary>
/// The trust anchors `records export` writes beside the documents. The default reads the PEM files
/// listed in Records:TrustAnchors; the signing part replaces it to add the demo CA.
/// </summary>
public interface ITrustAnchorFiles
{
    Task<IReadOnlyList<TrustAnchorFile>> ListAsync(CancellationToken ct = default);
}

internal sealed class ConfiguredTrustAnchorFiles(IConfiguration config) : ITrustAnchorFiles
{
    public async Task<IReadOnlyList<TrustAnchorFile>> ListAsync(CancellationToken ct = default)
    {
        var section = config.GetSection("Records:TrustAnchors");
        // A JSON array in appsettings, or one value with paths separated by ';' (environment, command line).
        var paths = section.GetChildren().Select(c => c.Value).OfType<string>()
            .Concat(section.Value?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []);
        var files = new List<TrustAnchorFile>();
        foreach (var path in paths.Where(File.Exists))
        {
            files.Add(new TrustAnchorFile(Path.GetFileName(path), await File.ReadAllTextAsync(path, ct)));
        }
        return files;
    }
}

using System.Security.Cryptography.X509Certificates;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web.Modules.Records.Signing.Trust;

/// <summary>
/// The trust anchors (root CA certificates, PEM files named in Records:TrustAnchors) and the
/// revocation lists (CRL files in Records:RevocationLists) that signatures are checked against.
/// Outside Production the demo CA written by `pki demo-ca` (data/pki) is trusted as well.
/// Files are re-read when they change, so a new CRL takes effect without a restart.
/// </summary>
public sealed class TrustList(IConfiguration configuration, IHostEnvironment environment, DataDirectory data)
{
    public const string DemoCaFile = "demo-ca.pem";
    public const string DemoCrlFile = "demo-ca.crl";
    private readonly FileCache<X509Certificate2[]> anchors = new(ReadPem);
    private readonly FileCache<RevocationList?> crls = new(RevocationList.Read);

    public string DemoFolder => data.File("pki");

    public IReadOnlyList<string> AnchorFiles => Files("Records:TrustAnchors", DemoCaFile);

    public IReadOnlyList<X509Certificate2> Anchors => [.. AnchorFiles.SelectMany(anchors.Get)];

    public IReadOnlyList<RevocationList> RevocationLists => [.. Files("Records:RevocationLists", DemoCrlFile).Select(crls.Get).OfType<RevocationList>()];

    private List<string> Files(string key, string demoFile)
    {
        var section = configuration.GetSection(key);
        var listed = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(File.Exists).ToList();
        var demo = Path.Combine(DemoFolder, demoFile);
        if (!environment.IsProduction() && File.Exists(demo))
        {
            listed.Add(demo);
        }
        return listed;
    }

    private static X509Certificate2[] ReadPem(string path)
    {
        var collection = new X509Certificate2Collection();
        collection.ImportFromPemFile(path);
        return [.. collection];
    }

    private sealed class FileCache<T>(Func<string, T> read)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (DateTime Stamp, T Value)> entries = new();

        public T Get(string path)
        {
            var stamp = File.GetLastWriteTimeUtc(path);
            return entries.TryGetValue(path, out var hit) && hit.Stamp == stamp
                ? hit.Value
                : entries.AddOrUpdate(path, _ => (stamp, read(path)), (_, _) => (stamp, read(path))).Value;
        }
    }
}

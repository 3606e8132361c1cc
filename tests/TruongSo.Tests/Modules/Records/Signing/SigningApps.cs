using System.Security.Cryptography.X509Certificates;

namespace TruongSo.Tests.Modules.Records.Signing;

/// <summary>
/// One app per engine whose trust list is this fixture's CA and whose CRL file lists every
/// certificate a test revoked (the app re-reads the file when it changes).
/// </summary>
public sealed class SigningApps : IAsyncLifetime
{
    private readonly Dictionary<Engine, Task<TestApp>> apps = [];
    private readonly List<byte[]> revoked = [];
    private readonly Lock gate = new();

    public SigningKit Kit { get; } = new();

    public string CrlPath => Path.Combine(Kit.Folder, "revoked.crl");

    public Task<TestApp> Get(Engine engine)
    {
        lock (gate)
        {
            if (!apps.TryGetValue(engine, out var app))
            {
                apps[engine] = app = TestApp.StartAsync(engine, new Dictionary<string, string>
                {
                    ["Records:TrustAnchors"] = Kit.CaPem,
                    ["Records:RevocationLists"] = CrlPath,
                });
            }
            return app;
        }
    }

    /// <summary>A PKCS#12 issued by the fixture's CA (password <see cref="SigningKit.Password"/>).</summary>
    public byte[] Pkcs12(string name, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null,
        X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation) =>
        Kit.Ca.IssuePkcs12($"CN={name}, C=VN", SigningKit.Password, notBefore ?? Kit.Now.AddDays(-1), notAfter ?? Kit.Now.AddYears(1), usage);

    public void Revoke(byte[] pkcs12)
    {
        using var cert = X509CertificateLoader.LoadPkcs12(pkcs12, SigningKit.Password);
        lock (gate)
        {
            revoked.Add(cert.SerialNumberBytes.ToArray());
            File.WriteAllBytes(CrlPath, Kit.Ca.Crl(revoked, DateTimeOffset.UtcNow, revoked.Count));
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in apps.Values)
        {
            await (await app).DisposeAsync();
        }
        Kit.Dispose();
    }
}

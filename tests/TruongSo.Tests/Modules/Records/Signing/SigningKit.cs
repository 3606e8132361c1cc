using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using TruongSo.Web.Modules.Records.Signing;
using TruongSo.Web.Modules.Records.Signing.Cms;
using TruongSo.Web.Modules.Records.Signing.Pdf;
using TruongSo.Web.Modules.Records.Signing.Pki;
using TruongSo.Web.Modules.Records.Signing.Trust;
using TruongSo.Web.Modules.Records.Signing.Verify;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Tests.Modules.Records.Signing;

/// <summary>A throwaway CA, signers and PDFs for the signing tests; files go to a fresh folder.</summary>
public sealed class SigningKit : IDisposable
{
    public const string Password = "Mật-khẩu-123";
    private static readonly Lock LicenseLock = new();

    public SigningKit()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(CaPem, Ca.Root.ExportCertificatePem());
    }

    public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;
    public CertificateAuthority Ca { get; } = CertificateAuthority.Create("Demo Root CA kiểm thử", DateTimeOffset.UtcNow);
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "truongso-signing", Guid.NewGuid().ToString("N"));
    public string CaPem => Path.Combine(Folder, "ca.pem");

    public ISigningCredential Signer(string commonName, X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)
    {
        var cert = Ca.Issue($"CN={commonName}, O=Trường THCS Nguyễn Trãi, C=VN", Now.AddDays(-1), Now.AddYears(1), usage);
        return new Pkcs12Credential(cert, [X509CertificateLoader.LoadCertificate(Ca.Root.RawData)]);
    }

    /// <summary>The app's checks with this kit's CA as the only trust anchor and the given CRL files.</summary>
    public CertificateChecks Checks(params string[] crls)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Records:TrustAnchors"] = CaPem,
            ["Records:RevocationLists"] = string.Join(';', crls),
            ["TRUONGSO_DATA_DIR"] = Folder,
        }).Build();
        var environment = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" };
        return new CertificateChecks(new TrustList(config, environment, new DataDirectory(config)));
    }

    public DocumentVerifier Verifier(params string[] crls) => new(Checks(crls), TimeProvider.System);

    /// <summary>A CRL file from this kit's CA revoking the certificate.</summary>
    public string RevocationListFor(ISigningCredential revoked) =>
        Save("ca.crl", Ca.Crl([revoked.Certificate.SerialNumberBytes.ToArray()], Now, 1));

    public static PadesSigner Pades(string? timestampUrl = null) => new(Timestamps(timestampUrl), TimeProvider.System);

    public static TimestampClient Timestamps(string? url = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Records:TimestampUrl"] = url }).Build();
        var http = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new TimestampClient(http, config);
    }

    /// <summary>A two-page PDF written by PDFsharp, with Vietnamese text in the metadata only (no font needed).</summary>
    public static byte[] Pdf(int pages = 2)
    {
        lock (LicenseLock)
        {
            PdfSharp.PdfSharpLicense.SetAgplLicense();
        }
        using var doc = new PdfDocument();
        doc.Info.Title = "Học bạ thử";
        for (var i = 0; i < pages; i++)
        {
            var page = doc.AddPage();
            using var g = XGraphics.FromPdfPage(page);
            g.DrawRectangle(XPens.Black, 40, 40 + (i * 10), 200, 100);
        }
        using var stream = new MemoryStream();
        doc.Save(stream);
        return stream.ToArray();
    }

    public string Save(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        Ca.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}

using TruongSo.Web.Components;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Records.Signing.Cms;
using TruongSo.Web.Modules.Records.Signing.Keys;
using TruongSo.Web.Modules.Records.Signing.Pdf;
using TruongSo.Web.Modules.Records.Signing.Trust;
using TruongSo.Web.Modules.Records.Signing.UploadKey;
using TruongSo.Web.Modules.Records.Signing.Verify;
using TruongSo.Web.Modules.Records.Signing.Xml;

namespace TruongSo.Web.Modules.Records.Signing;

/// <summary>Signing: the key store, the PAdES and XML-DSig signers, the verifier, and the key pages and API.</summary>
public static class SigningSetup
{
    public static IServiceCollection AddSigning(this IServiceCollection services)
    {
        services.AddHttpClient(TimestampClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<TimestampClient>();
        services.AddSingleton<TrustList>();
        services.AddSingleton<CertificateChecks>();
        services.AddSingleton<DocumentVerifier>();
        services.AddSingleton<PadesSigner>();
        services.AddSingleton<XmlDsigSigner>();
        services.AddScoped<KeyStore>();
        services.AddScoped<KeyAccess>();
        services.AddScoped<UploadKey.UploadKey>();
        services.AddScoped<SigningKeyList>();
        services.AddScoped<Pki.DemoCa>();
        // Fills the archive's seams; registered after the archive's defaults, so these win.
        services.AddScoped<Archive.IDocumentSignatureCheck, ArchiveSignatureChecks>();
        services.AddScoped<Archive.ITrustAnchorFiles, TrustListAnchorFiles>();
        services.AddNavLink("Khoá ký số", "/hoc-ba/khoa-ky", "Khoá ký số của tôi và con dấu của trường: tải lên tệp PKCS#12, xem hạn dùng.", 90,
            Roles.SystemAdmin, Roles.Principal, Roles.SchoolAdmin, Roles.Teacher);
        return services;
    }

    public static WebApplication MapSigning(this WebApplication app)
    {
        app.MapGroup("/api/v1/records").WithTags("Học bạ số").RequireAuthorization().MapSigningKeyEndpoints();
        return app;
    }
}

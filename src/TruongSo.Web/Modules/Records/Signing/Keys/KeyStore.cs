using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Records.Signing.Trust;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Records.Signing.Keys;

/// <summary>A stored key as lists show it; never the key itself.</summary>
public sealed record SigningKeyInfo(Guid Id, SigningKeyKind Kind, Guid? OwnerUserId, Guid? SchoolId, string CommonName, string Subject,
    string Issuer, string SerialNumber, string Thumbprint, DateTime NotBefore, DateTime NotAfter, DateTime CreatedAt)
{
    internal static SigningKeyInfo Of(SigningKey k) =>
        new(k.Id, k.Kind, k.OwnerUserId, k.SchoolId, k.CommonName, k.Subject, k.Issuer, k.SerialNumber, k.Thumbprint, k.NotBefore, k.NotAfter, k.CreatedAt);
}

/// <summary>
/// Registers PKCS#12 files and unlocks them for one signing. Both check the password and the
/// certificate (validity now, signing key usage, chain to the trust list, revocation) and refuse
/// with a <see cref="SigningRefusedException"/> in plain Vietnamese. Who may use which key is the
/// caller's rule (see <see cref="KeyAccess"/>).
/// </summary>
public sealed class KeyStore(AppDbContext db, IDataProtectionProvider protection, CertificateChecks checks, TimeProvider clock, AuditLog audit)
{
    private readonly IDataProtector protector = protection.CreateProtector("TruongSo.Records.SigningKeys.v1");

    /// <summary>Checks and stores a key. Personal keys need the owner; seals need the school.</summary>
    public async Task<SigningKeyInfo> RegisterAsync(SigningKeyKind kind, Guid? ownerUserId, Guid? schoolId, byte[] pkcs12, string password, Guid? actor, CancellationToken ct = default)
    {
        if (kind == SigningKeyKind.Personal ? ownerUserId is null : schoolId is null)
        {
            throw new ArgumentException(kind == SigningKeyKind.Personal ? "a personal key needs its owner" : "a seal needs its school");
        }
        using var credential = Open(pkcs12, password);
        var cert = credential.Certificate;
        if (await db.Set<SigningKey>().AnyAsync(k => k.Thumbprint == cert.Thumbprint && k.Kind == kind && k.OwnerUserId == ownerUserId && k.SchoolId == schoolId, ct))
        {
            throw new SigningRefusedException("Chứng thư số này đã được tải lên trước đây.", "file");
        }
        var key = new SigningKey
        {
            Kind = kind, OwnerUserId = ownerUserId, SchoolId = schoolId, Subject = cert.Subject, CommonName = cert.GetNameInfo(X509NameType.SimpleName, false),
            Issuer = cert.Issuer, SerialNumber = cert.SerialNumber, Thumbprint = cert.Thumbprint, NotBefore = cert.NotBefore.ToUniversalTime(),
            NotAfter = cert.NotAfter.ToUniversalTime(), ProtectedPkcs12 = protector.Protect(pkcs12), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = actor,
        };
        db.Add(key);
        audit.Record(new AuditChange("records.signing-key.upload", "records.signing-key", key.Id.ToString(), null,
            new { Kind = kind.ToString(), key.OwnerUserId, key.CommonName, key.Thumbprint, key.NotAfter }, null, schoolId));
        await db.SaveChangesAsync(ct);
        return SigningKeyInfo.Of(key);
    }

    /// <summary>The key, ready to sign, for this signing only (dispose it after). Checks everything again: a certificate may have expired or been revoked since upload.</summary>
    public async Task<ISigningCredential> UnlockAsync(Guid keyId, string password, CancellationToken ct = default)
    {
        var key = await db.Set<SigningKey>().AsNoTracking().SingleOrDefaultAsync(k => k.Id == keyId, ct)
            ?? throw new SigningRefusedException("Không tìm thấy khoá ký này.", "keyId");
        byte[] pkcs12;
        try
        {
            pkcs12 = protector.Unprotect(key.ProtectedPkcs12);
        }
        catch (CryptographicException)
        {
            throw new SigningRefusedException("Không mở được khoá ký đã lưu (khoá bảo vệ dữ liệu của máy chủ đã thay đổi); hãy tải lại tệp PKCS#12.", "keyId");
        }
        return Open(pkcs12, password);
    }

    public async Task<SigningKeyInfo?> FindAsync(Guid keyId, CancellationToken ct = default) =>
        await db.Set<SigningKey>().AsNoTracking().Where(k => k.Id == keyId).Select(k => SigningKeyInfo.Of(k)).SingleOrDefaultAsync(ct);

    /// <summary>Keys of a user (personal) or a school (seals), newest first; expired ones included, so lists can say so.</summary>
    public async Task<IReadOnlyList<SigningKeyInfo>> ListAsync(Guid? ownerUserId, Guid? schoolId, SigningKeyKind? kind = null, CancellationToken ct = default)
    {
        var keys = await db.Set<SigningKey>().AsNoTracking()
            .Where(k => (ownerUserId != null && k.OwnerUserId == ownerUserId) || (schoolId != null && k.Kind == SigningKeyKind.Seal && k.SchoolId == schoolId))
            .Where(k => kind == null || k.Kind == kind).ToListAsync(ct);
        return [.. keys.OrderByDescending(k => k.CreatedAt).Select(SigningKeyInfo.Of)];
    }

    /// <summary>The newest key of a user or school that is valid now, if any: the one a signing page offers first.</summary>
    public async Task<SigningKeyInfo?> CurrentAsync(SigningKeyKind kind, Guid id, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = kind == SigningKeyKind.Personal ? await ListAsync(id, null, kind, ct) : await ListAsync(null, id, kind, ct);
        return keys.FirstOrDefault(k => k.NotBefore <= now && k.NotAfter >= now);
    }

    private Pkcs12Credential Open(byte[] pkcs12, string password)
    {
        X509Certificate2Collection all;
        try
        {
            all = X509CertificateLoader.LoadPkcs12Collection(pkcs12, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            throw new SigningRefusedException("Mật khẩu của tệp chứng thư số (PKCS#12) không đúng, hoặc tệp không phải PKCS#12.", "password");
        }
        var leaf = all.FirstOrDefault(c => c.HasPrivateKey);
        if (leaf is null || leaf.GetRSAPublicKey() is null)
        {
            DisposeAll(all);
            throw new SigningRefusedException(leaf is null ? "Tệp PKCS#12 không chứa khoá bí mật để ký." : "Chứng thư số không dùng khoá RSA; hệ thống chỉ hỗ trợ khoá RSA.", "file");
        }
        var chain = all.Where(c => c != leaf).ToList();
        var status = checks.Check(leaf, chain, clock.GetUtcNow());
        if (!status.Ok)
        {
            DisposeAll(all);
            throw new SigningRefusedException(status.Problems[0], "certificate");
        }
        return new Pkcs12Credential(leaf, chain);
    }

    private static void DisposeAll(X509Certificate2Collection all)
    {
        foreach (var c in all)
        {
            c.Dispose();
        }
    }
}

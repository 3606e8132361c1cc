using System.Globalization;
using System.Security.Cryptography.X509Certificates;

namespace TruongSo.Web.Modules.Records.Signing.Trust;

/// <summary>
/// What makes a certificate fit to sign a học bạ at a given time: valid then, issued for signing
/// (digitalSignature or nonRepudiation), chaining to a trust anchor, not revoked (Luật Giao dịch
/// điện tử 2023 Điều 23, NĐ 130/2018). Problems come back as Vietnamese sentences, most specific first.
/// </summary>
public sealed class CertificateChecks(TrustList trust)
{
    public CertificateStatus Check(X509Certificate2 certificate, IEnumerable<X509Certificate2> extra, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var problems = new List<string>();
        if (certificate.NotBefore.ToUniversalTime() > at.UtcDateTime)
        {
            problems.Add($"Chứng thư số chưa có hiệu lực: có hiệu lực từ ngày {Day(certificate.NotBefore)}.");
        }
        if (certificate.NotAfter.ToUniversalTime() < at.UtcDateTime)
        {
            problems.Add($"Chứng thư số đã hết hạn ngày {Day(certificate.NotAfter)}.");
        }
        var timeValid = problems.Count == 0;
        var usable = UsableForSigning(certificate);
        if (!usable)
        {
            problems.Add("Chứng thư số không được phép dùng để ký số (thiếu mục đích sử dụng khoá digitalSignature hoặc nonRepudiation).");
        }
        var chain = BuildChain(certificate, extra, at);
        if (chain is null)
        {
            problems.Add("Chứng thư số không được cấp bởi tổ chức chứng thực nằm trong danh sách tin cậy của hệ thống.");
            return new CertificateStatus(timeValid, usable, false, null, problems);
        }
        DateTimeOffset? revoked = null;
        for (var i = 0; i + 1 < chain.Count; i++)
        {
            var revokedAt = trust.RevocationLists.Select(l => l.RevokedAt(chain[i], chain[i + 1])).FirstOrDefault(d => d is not null);
            if (revokedAt is DateTimeOffset when && when <= at)
            {
                revoked = when;
                problems.Add($"Chứng thư số đã bị thu hồi ngày {when.ToOffset(TimeSpan.FromHours(7)):dd/MM/yyyy}.");
            }
        }
        return new CertificateStatus(timeValid, usable, true, revoked, problems);
    }

    /// <summary>The chain from the certificate to a trust anchor (leaf first), or null when there is none.</summary>
    public List<X509Certificate2>? BuildChain(X509Certificate2 certificate, IEnumerable<X509Certificate2> extra, DateTimeOffset at)
    {
        var anchors = trust.Anchors;
        if (anchors.Count == 0)
        {
            return null;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(anchors.ToArray());
        chain.ChainPolicy.ExtraStore.AddRange(extra.ToArray());
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck; // revocation comes from the configured CRLs
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        // Validity and key usage are reported above in plain words; the chain is only about who issued what.
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid | X509VerificationFlags.IgnoreWrongUsage;
        var built = chain.Build(certificate);
        return built ? [.. chain.ChainElements.Select(e => e.Certificate)] : null;
    }

    public static bool UsableForSigning(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority))
        {
            return false;
        }
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        return usage is null || (usage.KeyUsages & (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)) != 0;
    }

    private static string Day(DateTime at) => at.ToUniversalTime().AddHours(7).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

/// <summary>The outcome of <see cref="CertificateChecks.Check"/>; <see cref="Problems"/> empty means fit to sign.</summary>
public sealed record CertificateStatus(bool TimeValid, bool SigningKeyUsage, bool Trusted, DateTimeOffset? RevokedAt, IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;
}

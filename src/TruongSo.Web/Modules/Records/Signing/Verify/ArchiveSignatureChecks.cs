using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Signing.Trust;

namespace TruongSo.Web.Modules.Records.Signing.Verify;

/// <summary>
/// The archive's seams filled by this part: the public check page and the transfer import ask the
/// <see cref="DocumentVerifier"/> about every PDF and XML, and `records export` ships the trust list.
/// </summary>
internal sealed class ArchiveSignatureChecks(DocumentVerifier verifier) : IDocumentSignatureCheck
{
    public Task<SignatureCheck> CheckPdfAsync(byte[] pdf, CancellationToken ct = default)
    {
        var result = verifier.VerifyPdf(pdf);
        var signers = result.Signatures.Select(s => s.SignerName ?? s.SignerSubject ?? "?").ToList();
        return Task.FromResult(result.IsValid
            ? new SignatureCheck(SignatureCheckStatus.Valid, $"Cả {signers.Count} chữ ký số hợp lệ, chứng thư tin cậy; chữ ký cuối phủ toàn bộ tệp.", signers)
            : new SignatureCheck(SignatureCheckStatus.Invalid, string.Join(" ", result.Problems), signers));
    }

    public Task<SignatureCheck> CheckXmlAsync(byte[] xml, CancellationToken ct = default)
    {
        var result = verifier.VerifyXml(xml);
        IReadOnlyList<string> signers = result.SignerName is { } name ? [name] : [];
        return Task.FromResult(result.IsValid
            ? new SignatureCheck(SignatureCheckStatus.Valid, "Chữ ký số của tệp XML hợp lệ, chứng thư tin cậy.", signers)
            : new SignatureCheck(SignatureCheckStatus.Invalid, result.Problems.Count > 0 ? string.Join(" ", result.Problems) : "Tệp XML chưa được kí.", signers));
    }
}

/// <summary>The trust anchors beside an export: the configured list (and the demo CA outside Production).</summary>
internal sealed class TrustListAnchorFiles(TrustList trust) : ITrustAnchorFiles
{
    public async Task<IReadOnlyList<TrustAnchorFile>> ListAsync(CancellationToken ct = default)
    {
        var files = new List<TrustAnchorFile>();
        foreach (var path in trust.AnchorFiles.Where(File.Exists))
        {
            files.Add(new TrustAnchorFile(Path.GetFileName(path), await File.ReadAllTextAsync(path, ct)));
        }
        return files;
    }
}

using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Web.Modules.Records.Verify;

/// <summary>
/// The public check behind /xac-thuc/{id} and /api/v1/records/verify: a document's standing by its
/// id, and an uploaded PDF compared byte for byte (SHA-256) with the archive, its signatures
/// checked by <see cref="IDocumentSignatureCheck"/>. Documents not yet issued do not exist here.
/// </summary>
public sealed class VerifyDocument(RecordsArchive archive, IDocumentSignatureCheck signatures)
{
    public const long MaxUploadBytes = 20L * 1024 * 1024;

    public async Task<PublicDocument?> LookupAsync(Guid id, CancellationToken ct = default) =>
        await archive.FindAsync(id, ct) is { IssuedAt: not null } d ? PublicDocument.Of(d) : null;

    public async Task<UploadCheck> CheckUploadAsync(byte[] pdf, Guid? expectedId, CancellationToken ct = default)
    {
        if (!LooksLikePdf(pdf))
        {
            return new(UploadVerdict.NotPdf, "Tệp tải lên không phải là tệp PDF hoặc đã bị hỏng (thiếu phần đầu %PDF- hoặc phần kết %%EOF).", null, null, SignatureCheck.NotChecked);
        }
        var sha = BlobStore.HashOf(pdf);
        var signed = await signatures.CheckPdfAsync(pdf, ct);
        var found = await archive.FindByPdfHashAsync(sha, ct);
        if (found is not { } hit)
        {
            return new(UploadVerdict.Unknown, "Tệp này không có trong kho lưu trữ: không phải tài liệu do hệ thống cấp, hoặc đã bị sửa sau khi ký.", sha, null, signed);
        }
        if (hit.Step is not null || hit.Document.IssuedAt is null)
        {
            return new(UploadVerdict.NotFinal, "Tệp là bản trung gian chưa ký đủ, không phải bản gốc đã ban hành.", sha, null, signed);
        }
        var document = PublicDocument.Of(hit.Document);
        if (expectedId is { } id && id != document.Id)
        {
            return new(UploadVerdict.OtherDocument, "Tệp trùng với một tài liệu khác trong kho lưu trữ, không phải tài liệu đang xem.", sha, document, signed);
        }
        var standing = document.Status switch
        {
            DocumentStatus.Issued => "Tài liệu đang có hiệu lực.",
            DocumentStatus.Replaced => "Nhưng tài liệu đã được thay thế bằng phiên bản mới.",
            _ => $"Nhưng tài liệu đã bị thu hồi: {document.RevocationReason}",
        };
        return new(UploadVerdict.Matches, $"Tệp trùng khớp với bản gốc trong kho lưu trữ. {standing}", sha, document, signed);
    }

    /// <summary>A PDF starts with %PDF- (within its first KiB, as readers allow) and ends with %%EOF (within its last KiB).</summary>
    public static bool LooksLikePdf(byte[] bytes)
    {
        if (bytes.Length < 16)
        {
            return false;
        }
        var head = bytes.AsSpan(0, Math.Min(1024, bytes.Length));
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 1024));
        return head.IndexOf("%PDF-"u8) >= 0 && tail.IndexOf("%%EOF"u8) >= 0;
    }
}

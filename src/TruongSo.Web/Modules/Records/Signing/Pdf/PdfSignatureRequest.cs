namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>
/// What to write in one PDF signature. <see cref="Reason"/> names the signer's role ("Giáo viên chủ
/// nhiệm", "Hiệu trưởng", "Đóng dấu của nhà trường"); <see cref="SigningTime"/> defaults to now and goes
/// in /M (PAdES carries no signing-time attribute). Without <see cref="Box"/> the signature is invisible.
/// </summary>
public sealed record PdfSignatureRequest(
    string Reason,
    string? Location = null,
    string? ContactInfo = null,
    int PageIndex = 0,
    SignatureBox? Box = null,
    DateTimeOffset? SigningTime = null,
    string? FieldName = null);

/// <summary>A rectangle in PDF points measured like PDFsharp's XRect: origin at the page's top-left corner, y downwards.</summary>
public readonly record struct SignatureBox(double X, double Y, double Width, double Height);

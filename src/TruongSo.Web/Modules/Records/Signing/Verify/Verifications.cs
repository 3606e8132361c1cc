namespace TruongSo.Web.Modules.Records.Signing.Verify;

/// <summary>
/// A PDF's signatures in signing order. Valid when it has at least one signature, every one is
/// valid, and the last covers the whole file (nothing was appended after it).
/// <see cref="Problem"/> is set when the file is not a readable PDF at all.
/// </summary>
public sealed record PdfVerification(IReadOnlyList<SignatureVerification> Signatures, string? Problem = null)
{
    public bool IsValid => Problem is null && Signatures.Count > 0 && Signatures.All(s => s.IsValid) && Signatures[^1].CoversWholeDocument;

    /// <summary>The reasons it is not valid, in Vietnamese.</summary>
    public IReadOnlyList<string> Problems =>
        Problem is not null ? [Problem]
        : Signatures.Count == 0 ? ["Tệp PDF không có chữ ký số nào."]
        : [.. Signatures.SelectMany((s, i) => s.Problems.Select(p => $"Chữ ký {i + 1} ({s.SignerName}): {p}")),
           .. Signatures[^1].CoversWholeDocument ? Array.Empty<string>() : ["Tệp đã bị thêm nội dung sau chữ ký cuối cùng."]];
}

/// <summary>
/// One PDF signature. <see cref="SigningTime"/> is the time the certificate was judged at: the
/// RFC 3161 timestamp when there is one, else the claimed /M time.
/// </summary>
public sealed record SignatureVerification(
    string FieldName,
    string SubFilter,
    string? SignerName,
    string? SignerSubject,
    string? CertificateThumbprint,
    string? Reason,
    string? Location,
    DateTimeOffset? ClaimedTime,
    DateTimeOffset? TimestampTime,
    bool IntegrityValid,
    bool CoversWholeDocument,
    bool ChainTrusted,
    bool Revoked,
    bool SigningKeyUsage,
    IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public DateTimeOffset? SigningTime => TimestampTime ?? ClaimedTime;
}

/// <summary>An XML file's enveloped signature.</summary>
public sealed record XmlVerification(bool IsSigned, string? SignerName, string? SignerSubject, string? CertificateThumbprint, bool IntegrityValid, bool ChainTrusted, IReadOnlyList<string> Problems)
{
    public bool IsValid => IsSigned && Problems.Count == 0;
}

namespace TruongSo.Web.Modules.Records.Archive;

public enum SignatureCheckStatus { NotChecked, Valid, Invalid }

/// <summary>What the signature verifier said about one file: its verdict, a sentence, and who signed.</summary>
public sealed record SignatureCheck(SignatureCheckStatus Status, string Summary, IReadOnlyList<string> Signers)
{
    public static readonly SignatureCheck NotChecked =
        new(SignatureCheckStatus.NotChecked, "Chưa kiểm tra chữ ký số: bộ kiểm tra chữ ký chưa được cài đặt.", []);
}

/// <summary>
/// The seam to the signing part's DocumentVerifier (built in parallel): the public check page and
/// the transfer import ask it about every PDF and XML. Until the integrator registers the real one,
/// <see cref="UncheckedSignatures"/> answers "not checked" and only the hashes are compared.
/// </summary>
public interface IDocumentSignatureCheck
{
    Task<SignatureCheck> CheckPdfAsync(byte[] pdf, CancellationToken ct = default);

    Task<SignatureCheck> CheckXmlAsync(byte[] xml, CancellationToken ct = default);
}

internal sealed class UncheckedSignatures : IDocumentSignatureCheck
{
    public Task<SignatureCheck> CheckPdfAsync(byte[] pdf, CancellationToken ct = default) => Task.FromResult(SignatureCheck.NotChecked);

    public Task<SignatureCheck> CheckXmlAsync(byte[] xml, CancellationToken ct = default) => Task.FromResult(SignatureCheck.NotChecked);
}

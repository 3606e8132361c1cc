using PdfSharp.Drawing;

namespace TruongSo.Web.Modules.Records.Rendition;

/// <summary>Who signs a transcript, in order: the GVCN, the principal, then the school's seal (grading-rules.md §3.2).</summary>
public enum SignerRole { HomeroomTeacher = 1, Principal = 2, Seal = 3 }

/// <summary>
/// What makes one issue of a transcript: the archive's public document id (it goes into the QR
/// code on every page, {Records:PublicBaseUrl}/xac-thuc/{id}), the version (1, then 2 after a
/// correction), when it is issued, and the principal's comment (null: the usual approval).
/// </summary>
public sealed record RenditionStamp(Guid DocumentId, int Version, DateTimeOffset IssuedAt, string? PrincipalComment);

/// <summary>
/// A box the PDF draws for one signature. <see cref="Box"/> is in PDF points with the origin at the
/// page's top-left (XGraphics), <see cref="PdfBox"/> the same area in PDF user space (origin
/// bottom-left, as /Rect of a signature widget). <see cref="PageIndex"/> is zero-based.
/// </summary>
public sealed record SignatureSlot(SignerRole Role, int PageIndex, XRect Box, XRect PdfBox);

/// <summary>A transcript's two equally valid forms (PDF and XML, same data) and where its signatures go.</summary>
public sealed record Rendition(byte[] Pdf, byte[] Xml, IReadOnlyList<SignatureSlot> Slots);

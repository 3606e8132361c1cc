using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Modules.Records.Rendition;
using TruongSo.Web.Modules.Records.Signing.Pdf;

namespace TruongSo.Web.Modules.Records.Issuing;

/// <summary>
/// Where a document's PDF drew its three signature boxes. They depend on how long the transcript
/// ran, so they are kept when the document is rendered: the principal and the seal sign days later,
/// into the same boxes, without rendering again.
/// </summary>
public sealed class SignatureBoxes
{
    public Guid DocumentId { get; set; }
    public string Boxes { get; set; } = "[]";

    public static SignatureBoxes Of(Guid documentId, IReadOnlyList<SignatureSlot> slots) => new()
    {
        DocumentId = documentId,
        Boxes = JsonSerializer.Serialize(slots.Select(s => new Box((int)s.Role, s.PageIndex, s.Box.X, s.Box.Y, s.Box.Width, s.Box.Height))),
    };

    /// <summary>The box of one step, as the PAdES signer takes it; null draws an invisible signature.</summary>
    public (int Page, SignatureBox Box)? For(SignatureStepRole role) =>
        JsonSerializer.Deserialize<List<Box>>(Boxes)?.FirstOrDefault(b => b.Role == (int)role) is { } b
            ? (b.Page, new SignatureBox(b.X, b.Y, b.Width, b.Height))
            : null;

    private sealed record Box(int Role, int Page, double X, double Y, double Width, double Height);
}

internal sealed class SignatureBoxesConfiguration : IEntityTypeConfiguration<SignatureBoxes>
{
    public void Configure(EntityTypeBuilder<SignatureBoxes> b)
    {
        b.ToTable("records_signature_boxes");
        b.HasKey(x => x.DocumentId);
        b.Property(x => x.Boxes).HasMaxLength(1000);
    }
}

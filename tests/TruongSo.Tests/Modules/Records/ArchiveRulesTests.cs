using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Tests.Modules.Records;

/// <summary>The archive's API as the signing workflow uses it: steps in order, once each; nothing issued changes in place.</summary>
public sealed class ArchiveRulesTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Signing_steps_go_in_order_once_each_and_issue_needs_all_three(Engine engine)
    {
        var app = await apps.Get(engine);
        var (draft, pdf, _, _) = await app.DraftTranscriptAsync();

        var principalFirst = await app.ArchiveAsync(a => a.RecordSignatureAsync(draft.Id, RecordsArchiveData.Step(SignatureStepRole.Principal, RecordsArchiveData.SignedBy(pdf, "p"))));
        var gvcn = RecordsArchiveData.SignedBy(pdf, "gvcn");
        await app.ArchiveAsync(a => a.RecordSignatureAsync(draft.Id, RecordsArchiveData.Step(SignatureStepRole.Homeroom, gvcn))).Must();
        var twice = await app.ArchiveAsync(a => a.RecordSignatureAsync(draft.Id, RecordsArchiveData.Step(SignatureStepRole.Homeroom, RecordsArchiveData.SignedBy(gvcn, "again"))));
        var rewritten = await app.ArchiveAsync(a => a.RecordSignatureAsync(draft.Id, RecordsArchiveData.Step(SignatureStepRole.Principal, RecordsArchiveData.TinyPdf("khác"))));
        var early = await app.ArchiveAsync(a => a.IssueAsync(draft.Id));

        principalFirst.Refusal!.Message.Should().Be("Chưa đến lượt ký của hiệu trưởng: cần chữ ký của giáo viên chủ nhiệm trước.");
        twice.Refusal!.Message.Should().Be("Tài liệu đã có chữ ký của giáo viên chủ nhiệm; không ký lần thứ hai.");
        rewritten.Refusal!.Field.Should().Be("signedPdf", "a rewritten file would invalidate the GVCN's signature");
        early.Refusal!.Message.Should().Contain("chưa đủ chữ ký");
        var stored = await app.ArchiveAsync(a => a.FindAsync(draft.Id));
        stored!.Status.Should().Be(DocumentStatus.Signing);
        stored.Signatures.Should().ContainSingle().Which.PdfSha256.Should().Be(BlobStore.HashOf(gvcn));
    }

    [Theory, Engines]
    public async Task An_issued_document_refuses_every_change_and_is_audited(Engine engine)
    {
        var app = await apps.Get(engine);
        var issued = await app.IssuedTranscriptAsync();

        var sign = await app.ArchiveAsync(a => a.RecordSignatureAsync(issued.Id, RecordsArchiveData.Step(SignatureStepRole.Seal, RecordsArchiveData.SignedBy(issued.Pdf, "x"))));
        var issue = await app.ArchiveAsync(a => a.IssueAsync(issued.Id));
        var duplicate = await app.ArchiveAsync(a => a.CreateAsync(new NewDocument(DocumentKinds.Transcript, issued.StudentId, "HS", "Tên", issued.School.Id, issued.School.YearId,
            RecordsArchiveData.TinyPdf("x"), RecordsArchiveData.TinyXml("x"))));

        sign.Refusal!.Message.Should().Be("Tài liệu đã được ban hành nên không thể thay đổi; muốn sửa hãy lập phiên bản mới.");
        issue.Refusal!.Kind.Should().Be(ArchiveRefusalKind.Conflict);
        duplicate.Refusal!.Message.Should().Contain("lập phiên bản mới");
        (await app.ArchiveAsync(a => a.FindAsync(issued.Id)))!.PdfSha256.Should().Be(issued.Document.PdfSha256);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == issued.Id.ToString()).Select(e => e.Action).ToListAsync());
        actions.Should().BeEquivalentTo("records.document.create", "records.document.sign", "records.document.sign", "records.document.sign", "records.document.issue");
    }

    [Theory, Engines]
    public async Task A_correction_is_version_2_and_replaces_version_1_only_when_issued(Engine engine)
    {
        var app = await apps.Get(engine);
        var v1 = await app.IssuedTranscriptAsync();
        var pdf = RecordsArchiveData.TinyPdf("phiên bản 2");

        var noReason = await app.ArchiveAsync(a => a.ReplaceAsync(v1.Id, new NewVersion(pdf, RecordsArchiveData.TinyXml("v2")), " "));
        var v2 = await app.ArchiveAsync(a => a.ReplaceAsync(v1.Id, new NewVersion(pdf, RecordsArchiveData.TinyXml("v2")), "Sửa điểm Toán sau phúc khảo")).Must();
        var second = await app.ArchiveAsync(a => a.ReplaceAsync(v1.Id, new NewVersion(pdf, RecordsArchiveData.TinyXml("v3")), "Lần nữa"));
        var whileSigning = (await app.ArchiveAsync(a => a.FindAsync(v1.Id)))!.Status;
        await app.SignAndIssueAsync(v2.Id, pdf);

        noReason.Refusal!.Field.Should().Be("reason");
        second.Refusal!.Message.Should().Be("Đã có một phiên bản mới đang chờ ký cho tài liệu này.");
        whileSigning.Should().Be(DocumentStatus.Issued, "the old version stays valid until the new one is issued");
        v2.Version.Should().Be(2);
        var old = (await app.ArchiveAsync(a => a.FindAsync(v1.Id)))!;
        old.Status.Should().Be(DocumentStatus.Replaced);
        old.ReplacedById.Should().Be(v2.Id);
        var revokeOld = await app.ArchiveAsync(a => a.RevokeAsync(v1.Id, "x"));
        revokeOld.Refusal!.Message.Should().Contain("đã được thay thế");
        var events = await app.WithDbAsync(db => db.Set<RegisterEntry>().Where(e => e.DocumentId == v1.Id || e.DocumentId == v2.Id).OrderBy(e => e.Seq).Select(e => e.Event).ToListAsync());
        events.Should().Equal(RegisterEvent.Issued, RegisterEvent.Issued, RegisterEvent.Replaced);
    }

    [Theory, Engines]
    public async Task Revoking_needs_a_reason_and_an_issued_document(Engine engine)
    {
        var app = await apps.Get(engine);
        var issued = await app.IssuedTranscriptAsync();
        var (draft, _, _, _) = await app.DraftTranscriptAsync();

        var noReason = await app.ArchiveAsync(a => a.RevokeAsync(issued.Id, ""));
        var aDraft = await app.ArchiveAsync(a => a.RevokeAsync(draft.Id, "Nhầm"));
        var revoked = await app.ArchiveAsync(a => a.RevokeAsync(issued.Id, "Cấp nhầm học sinh")).Must();
        var again = await app.ArchiveAsync(a => a.RevokeAsync(issued.Id, "Lần hai"));

        noReason.Refusal!.Field.Should().Be("reason");
        aDraft.Refusal!.Message.Should().Contain("chưa được ban hành");
        revoked.Status.Should().Be(DocumentStatus.Revoked);
        revoked.RevocationReason.Should().Be("Cấp nhầm học sinh");
        again.Refusal!.Message.Should().Be("Tài liệu đã bị thu hồi nên không thể thay đổi.");
        (await app.ArchiveAsync(a => a.RevokeAsync(Guid.NewGuid(), "x"))).Refusal!.Kind.Should().Be(ArchiveRefusalKind.NotFound);
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Records.Archive;

namespace TruongSo.Tests.Modules.Records;

/// <summary>
/// `archive verify` finds any changed or missing file and any edited register line (exit 2, a
/// list). Tests that tamper get an app (database and data directory) of their own.
/// </summary>
public sealed class ArchiveVerifyTests
{
    [Theory, Engines]
    public async Task An_untouched_archive_verifies(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        await app.IssuedTranscriptAsync();

        (await app.CliAsync("archive", "verify")).Should().Be(0);
        var result = await app.VerifyArchiveAsync();
        result.Intact.Should().BeTrue();
        result.RegisterLines.Should().Be(1);
        result.Files.Should().Be(6, "the draft PDF and XML, the PDF after each of three steps, and the sealed XML");
    }

    [Theory, Engines]
    public async Task A_changed_byte_in_a_signed_pdf_is_detected(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        var issued = await app.IssuedTranscriptAsync();
        var path = app.BlobPath(issued.Document.PdfSha256);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite); // the store made it read-only
        }
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[20] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        (await app.CliAsync("archive", "verify")).Should().Be(2);
        (await app.VerifyArchiveAsync()).Problems.Should().ContainSingle(p => p.Subject.Contains(issued.Document.PdfSha256) && p.Message.Contains("đã bị thay đổi"));
        var read = () => app.ArchiveAsync(a => a.ReadPdfAsync(issued.Document));
        await read.Should().ThrowAsync<BlobIntegrityException>("a blob is verified on every read");
    }

    [Theory, Engines]
    public async Task A_deleted_file_is_detected(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        var issued = await app.IssuedTranscriptAsync();
        File.Delete(app.BlobPath(issued.Document.XmlSha256));

        (await app.CliAsync("archive", "verify")).Should().Be(2);
        (await app.VerifyArchiveAsync()).Problems.Should().ContainSingle(p => p.Subject.Contains(issued.Document.XmlSha256) && p.Message.Contains("đã bị xoá"));
    }

    [Theory, Engines]
    public async Task An_edited_register_line_breaks_the_chain(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        var first = await app.IssuedTranscriptAsync();
        await app.IssuedTranscriptAsync(first.School);

        await app.TamperRegisterAsync($"UPDATE records_register SET reason = 'sửa lén' WHERE document_id = {app.SqlId(first.Id)}");

        (await app.CliAsync("archive", "verify")).Should().Be(2);
        (await app.VerifyArchiveAsync()).Problems.Should().Contain(p => p.Subject.Contains("#1") && p.Message.Contains("chuỗi băm bị đứt"));
    }

    [Theory, Engines]
    public async Task A_deleted_register_line_and_a_swapped_document_hash_are_detected(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        var first = await app.IssuedTranscriptAsync();
        var second = await app.IssuedTranscriptAsync(first.School);

        await app.TamperRegisterAsync($"DELETE FROM records_register WHERE document_id = {app.SqlId(second.Id)}");
        var swap = $"UPDATE records_documents SET pdf_sha256 = '{second.Document.PdfSha256}' WHERE id = {app.SqlId(first.Id)}";
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(swap));

        var problems = (await app.VerifyArchiveAsync()).Problems;
        problems.Should().Contain(p => p.Message.Contains("dòng mới nhất đã bị xoá"));
        problems.Should().Contain(p => p.Subject.Contains(first.Id.ToString()) && p.Message.Contains("khác với sổ đăng ký"));
        (await app.CliAsync("archive", "verify")).Should().Be(2);
    }

    [Theory, Engines]
    public async Task The_register_refuses_updates_and_deletes(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        await app.IssuedTranscriptAsync();

        var edit = () => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE records_register SET reason = 'x'"));

        await edit.Should().ThrowAsync<Exception>().WithMessage("*append-only*");
    }

    [Theory, Engines]
    public async Task Concurrent_issues_in_one_school_queue_on_the_register_and_keep_one_chain(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine);
        var school = await app.Data.SchoolWithYearAsync("6A1");
        var drafts = new List<(Guid Id, byte[] Pdf)>();
        for (var i = 0; i < 8; i++)
        {
            var (draft, pdf, _, _) = await app.DraftTranscriptAsync(school);
            drafts.Add((draft.Id, pdf));
        }

        await Task.WhenAll(drafts.Select(d => Task.Run(() => app.SignAndIssueAsync(d.Id, d.Pdf))));

        var result = await app.VerifyArchiveAsync();
        result.Problems.Should().BeEmpty();
        result.RegisterLines.Should().Be(8);
        (await app.CliAsync("archive", "verify")).Should().Be(0);
    }
}

using System.Net;
using System.Net.Http.Headers;
using TruongSo.Web.Modules.Records.Archive;

namespace TruongSo.Tests.Modules.Records;

/// <summary>/xac-thuc/{id} and /api/v1/records/verify: anyone, without signing in, learns a document's standing and checks a file.</summary>
public sealed class PublicVerifyTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_valid_document_shows_its_school_year_hash_and_signers_without_sign_in(Engine engine)
    {
        var app = await apps.Get(engine);
        var issued = await app.IssuedTranscriptAsync();

        var page = await app.Anonymous().PageAsync($"/xac-thuc/{issued.Id}");
        var json = await (await app.Anonymous().GetAsync($"/api/v1/records/verify/{issued.Id}")).JsonAsync();

        page.Should().Contain("Hợp lệ: tài liệu đang có hiệu lực.").And.Contain(issued.School.School.Name).And.Contain("2026-2027")
            .And.Contain(issued.Document.PdfSha256).And.Contain("Giáo viên chủ nhiệm: Trần Thị Chủ Nhiệm").And.Contain("Hiệu trưởng: Lê Văn Hiệu Trưởng")
            .And.Contain("Con dấu của nhà trường");
        page.Should().NotContain("Nguyễn Thị Ánh Dương", "the public page shows no particulars of the student");
        json.GetProperty("status").GetString().Should().Be("Issued");
        json.GetProperty("signers").GetArrayLength().Should().Be(3);
    }

    [Theory, Engines]
    public async Task A_revoked_document_shows_so_with_its_reason(Engine engine)
    {
        var app = await apps.Get(engine);
        var issued = await app.IssuedTranscriptAsync();
        await app.ArchiveAsync(a => a.RevokeAsync(issued.Id, "Cấp nhầm học sinh")).Must();

        var page = await app.Anonymous().PageAsync($"/xac-thuc/{issued.Id}");

        page.Should().Contain("Đã bị thu hồi.").And.Contain("Lí do: Cấp nhầm học sinh").And.NotContain("Hợp lệ");
    }

    [Theory, Engines]
    public async Task A_replaced_document_links_to_the_newer_version(Engine engine)
    {
        var app = await apps.Get(engine);
        var v1 = await app.IssuedTranscriptAsync();
        var pdf = RecordsArchiveData.TinyPdf("v2");
        var v2 = await app.ArchiveAsync(a => a.ReplaceAsync(v1.Id, new NewVersion(pdf, RecordsArchiveData.TinyXml("v2")), "Sửa nhận xét")).Must();
        await app.SignAndIssueAsync(v2.Id, pdf);

        var page = await app.Anonymous().PageAsync($"/xac-thuc/{v1.Id}");
        var newer = await app.Anonymous().PageAsync($"/xac-thuc/{v2.Id}");

        page.Should().Contain("Đã được thay thế bằng phiên bản mới.").And.Contain($"href=\"/xac-thuc/{v2.Id}\"");
        newer.Should().Contain("Hợp lệ: tài liệu đang có hiệu lực.");
    }

    [Theory, Engines]
    public async Task Unknown_and_unissued_documents_are_not_found(Engine engine)
    {
        var app = await apps.Get(engine);
        var (draft, _, _, _) = await app.DraftTranscriptAsync();

        foreach (var id in new[] { Guid.NewGuid(), draft.Id })
        {
            (await app.Anonymous().PageAsync($"/xac-thuc/{id}")).Should().Contain("Không tìm thấy tài liệu này trong kho lưu trữ.");
            await (await app.Anonymous().GetAsync($"/api/v1/records/verify/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Theory, Engines]
    public async Task An_uploaded_pdf_is_compared_with_the_archive(Engine engine)
    {
        var app = await apps.Get(engine);
        var issued = await app.IssuedTranscriptAsync();
        var changed = issued.Pdf.ToArray();
        changed[30] ^= 0x01;

        var genuine = await (await Upload(app, issued.Pdf, issued.Id)).JsonAsync();
        var tampered = await (await Upload(app, changed, issued.Id)).JsonAsync();
        var unknown = await (await Upload(app, RecordsArchiveData.TinyPdf("không phải của trường"), null)).JsonAsync();
        var afterPrincipal = await File.ReadAllBytesAsync(app.BlobPath(issued.Document.Signatures[1].PdfSha256));
        var intermediate = await (await Upload(app, afterPrincipal, null)).JsonAsync();
        var corrupt = await (await Upload(app, "đây không phải PDF"u8.ToArray(), issued.Id)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        genuine.GetProperty("verdict").GetString().Should().Be("Matches");
        genuine.GetProperty("message").GetString().Should().Be("Tệp trùng khớp với bản gốc trong kho lưu trữ. Tài liệu đang có hiệu lực.");
        genuine.GetProperty("signatures").GetProperty("status").GetString().Should().Be("Valid", "the three PAdES signatures verify against the trusted CA");
        tampered.GetProperty("verdict").GetString().Should().Be("Unknown");
        tampered.GetProperty("message").GetString().Should().Be("Tệp này không có trong kho lưu trữ: không phải tài liệu do hệ thống cấp, hoặc đã bị sửa sau khi ký.");
        unknown.GetProperty("verdict").GetString().Should().Be("Unknown");
        intermediate.GetProperty("verdict").GetString().Should().Be("NotFinal");
        intermediate.GetProperty("message").GetString().Should().Be("Tệp là bản trung gian chưa ký đủ, không phải bản gốc đã ban hành.");
        corrupt.GetProperty("errors").GetProperty("file")[0].GetString().Should().StartWith("Tệp tải lên không phải là tệp PDF hoặc đã bị hỏng");
    }

    [Theory, Engines]
    public async Task The_page_checks_an_upload_and_says_what_it_is(Engine engine)
    {
        var app = await apps.Get(engine);
        var issued = await app.IssuedTranscriptAsync();
        var client = app.Anonymous();

        var genuine = await PostPageAsync(client, issued.Id, issued.Pdf);
        var unknown = await PostPageAsync(client, issued.Id, RecordsArchiveData.TinyPdf("lạ"));
        var corrupt = await PostPageAsync(client, issued.Id, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);

        genuine.Should().Contain("Tệp trùng khớp với bản gốc trong kho lưu trữ.").And.Contain(issued.Document.PdfSha256);
        unknown.Should().Contain("Tệp này không có trong kho lưu trữ");
        corrupt.Should().Contain("Tệp tải lên không phải là tệp PDF hoặc đã bị hỏng");
    }

    [Theory, Engines]
    public async Task The_start_page_finds_the_document_an_uploaded_pdf_belongs_to(Engine engine)
    {
        var app = await apps.Get(engine);
        var issued = await app.IssuedTranscriptAsync();

        var html = await PostPageAsync(app.Anonymous(), null, issued.Pdf);

        html.Should().Contain("Tệp trùng khớp với bản gốc trong kho lưu trữ. Tài liệu đang có hiệu lực.").And.Contain($"href=\"/xac-thuc/{issued.Id}\"");
    }

    [Theory, Engines]
    public async Task The_public_lookup_is_rate_limited(Engine engine)
    {
        await using var app = await TestApp.StartAsync(engine, new Dictionary<string, string> { ["RateLimits:PublicLookupsPerMinutePerClient"] = "3" });
        var client = app.Anonymous();
        var id = Guid.NewGuid();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync($"/xac-thuc/{id}")).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
    }

    private static Task<HttpResponseMessage> Upload(TestApp app, byte[] pdf, Guid? id)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "hoc-ba.pdf");
        if (id is { } documentId)
        {
            form.Add(new StringContent(documentId.ToString()), "documentId");
        }
        return app.Anonymous().PostAsync("/api/v1/records/verify", form);
    }

    /// <summary>As a browser posts the page's upload form: the anti-forgery token from the page, the file as multipart.</summary>
    private static async Task<string> PostPageAsync(HttpClient client, Guid? id, byte[] pdf)
    {
        var url = id is null ? "/xac-thuc" : $"/xac-thuc/{id}";
        var page = await client.GetStringAsync(url);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new MultipartFormDataContent
        {
            { new StringContent("kiem-tra-tep"), "_handler" },
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent(pdf), "file", "hoc-ba.pdf" },
        };
        var response = await client.PostAsync(url, form);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        return WebUtility.HtmlDecode(html);
    }
}

using System.Net;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>The sổ điểm and the class summary as xlsx: the familiar layout, the right values, audited, only for readers.</summary>
public sealed class ExportMarksTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task The_teacher_exports_a_term_page_with_title_headers_and_one_decimal(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync("Nguyễn Văn An", "Trần Thị Bình");
        var (an, binh) = (c.Students[0], c.Students[1]);
        await app.MarksAsync(c, an.Id, c.Math, 2, (MarkColumn.Tx1, 80), (MarkColumn.Tx2, 75), (MarkColumn.Tx3, 90), (MarkColumn.Tx4, 60), (MarkColumn.Gk, 75), (MarkColumn.Ck, 80));
        await app.MarksAsync(c, binh.Id, c.Math, 2, (MarkColumn.Tx1, 100));
        await app.SubjectResultAsync(c, an.Id, c.Math, GradingPeriod.Hk2, 77);
        await app.SubjectResultAsync(c, an.Id, c.Math, GradingPeriod.Year, 79);
        var teacher = await app.ApiAs(c.MathTeacher);

        var response = await teacher.GetAsync($"/api/v1/gradebook/classes/{c.ClassId}/subjects/{c.Math}/terms/2/marks.xlsx");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Workbooks.Validate(bytes).Should().BeEmpty();
        var sheet = Workbooks.Read(bytes)["SoDiem"];
        sheet[0][0].Should().StartWith("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        sheet[1][0].Should().StartWith("TRƯỜNG THCS");
        sheet[3][0].Should().Contain("Lớp: 7A1").And.Contain("Môn: Toán").And.Contain("Học kì II").And.Contain("Năm học: 2026-2027");
        sheet[4][0].Should().Contain("Đặng Văn Hùng");
        var header = Array.FindIndex(sheet.ToArray(), r => r.Length > 1 && r[1] == "Mã học sinh");
        sheet[header].Should().Equal("STT", "Mã học sinh", "Họ và tên", "ĐĐGtx1", "ĐĐGtx2", "ĐĐGtx3", "ĐĐGtx4", "ĐĐGgk", "ĐĐGck", "ĐTBmhk", "ĐTBmcn");
        sheet[header + 1].Should().Equal("1", an.Code, "Nguyễn Văn An", "8.0", "7.5", "9.0", "6.0", "7.5", "8.0", "7.7", "7.9");
        sheet[header + 2].Take(4).Should().Equal("2", binh.Code, "Trần Thị Bình", "10.0");
        (await app.GradebookAuditCountAsync(c.School.Id, "gradebook.export")).Should().Be(1);
    }

    [Theory, Engines]
    public async Task Only_those_who_may_read_the_sheet_get_it(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync();
        var literature = await app.Data.UserAsync(Roles.Teacher, c.School.School);
        await app.Data.AssignAsync(c.School, c.ClassId, literature, "Lê Thị Văn", c.Subjects["NGUVAN"]);
        var other = await app.Data.SchoolWithYearAsync("7A1");
        var url = $"/api/v1/gradebook/classes/{c.ClassId}/subjects/{c.Math}/terms/1/marks.xlsx";

        (await (await app.ApiAs(literature)).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "another subject's teacher of the class (as the grid answers)");
        (await (await app.Data.ApiAsync(Roles.Principal, other.School)).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound, "another school");
        (await (await app.Data.ApiAsync(Roles.Principal, c.School.School)).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await app.ApiAs(c.MathTeacher)).GetAsync($"/api/v1/gradebook/classes/{c.ClassId}/subjects/{c.Math}/terms/3/marks.xlsx"))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await app.ApiAs(c.MathTeacher)).GetAsync($"/api/v1/gradebook/classes/{c.ClassId}/summary.xlsx?period=year"))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "a subject teacher does not read the whole class");
    }

    [Theory, Engines]
    public async Task The_summary_lists_subject_averages_results_and_counts_per_level(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync("Nguyễn Văn An", "Trần Thị Bình");
        var (an, binh) = (c.Students[0], c.Students[1]);
        await app.SubjectResultAsync(c, an.Id, c.Math, GradingPeriod.Year, 85);
        await app.SubjectResultAsync(c, an.Id, c.Subjects["GDTC"], GradingPeriod.Year, null, "D");
        await app.SubjectResultAsync(c, binh.Id, c.Math, GradingPeriod.Year, 42);
        await app.StudentResultAsync(c, an.Id, GradingPeriod.Year, "Tot", "Tot", "LenLop", "XuatSac");
        await app.StudentResultAsync(c, binh.Id, GradingPeriod.Year, "ChuaDat", "Kha", "ChoHe", retests: "TOAN");
        var principal = await app.Data.ApiAsync(Roles.Principal, c.School.School);

        var bytes = await principal.GetByteArrayAsync($"/api/v1/gradebook/classes/{c.ClassId}/summary.xlsx?period=year");

        Workbooks.Validate(bytes).Should().BeEmpty();
        var sheet = Workbooks.Read(bytes)["TongHop"];
        sheet[2][0].Should().Be("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ");
        var h = Array.FindIndex(sheet.ToArray(), r => r.Length > 1 && r[1] == "Mã học sinh");
        var header = sheet[h].ToList();
        header.Should().Contain(["Toán", "Giáo dục thể chất", "Học tập", "Rèn luyện", "Kết quả", "Danh hiệu"]);
        var first = sheet[h + 1];
        first[header.IndexOf("Toán")].Should().Be("8.5");
        first[header.IndexOf("Giáo dục thể chất")].Should().Be("Đ");
        first[header.IndexOf("Học tập")].Should().Be("Tốt");
        first[header.IndexOf("Kết quả")].Should().Be("Lên lớp");
        first[header.IndexOf("Danh hiệu")].Should().Be("Học sinh Xuất sắc");
        sheet[h + 2][header.IndexOf("Rèn luyện, kiểm tra lại hè")].Should().Be("Kiểm tra lại: Toán");
        var learning = sheet.Single(r => r.Length > 0 && r[0] == "Học tập" && r.Length > 3);
        learning.Should().StartWith(["Học tập", "Tốt", "1", "50,0 %", "Khá", "0", "0,0 %"]);
        (await app.GradebookAuditCountAsync(c.School.Id, "gradebook.export")).Should().Be(1);
        (await principal.GetAsync($"/api/v1/gradebook/classes/{c.ClassId}/summary.xlsx?period=hk3")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}

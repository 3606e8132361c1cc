using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using TruongSo.Tests.Modules.People;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>The exported sổ điểm comes back from Excel: checked row by row, all or nothing, saved as the grid saves.</summary>
public sealed class GradebookImportTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task An_exported_page_edited_in_Excel_imports_as_changed_marks(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync("Nguyễn Văn An", "Trần Thị Bình");
        var (an, binh) = (c.Students[0], c.Students[1]);
        await app.MarksAsync(c, an.Id, c.Math, 1, (MarkColumn.Tx1, 80), (MarkColumn.Gk, 75));
        var teacher = await app.ApiAs(c.MathTeacher);
        var url = $"/api/v1/gradebook/classes/{c.ClassId}/subjects/{c.Math}/terms/1/marks";
        var exported = await teacher.GetByteArrayAsync(url + ".xlsx");
        var header = HeaderRow(exported);
        header.Should().Be(5, "five title lines, a blank line, then the header on row 7: students on rows 8 and 9");

        var edited = Edit(exported, ("E8", 9), ("I9", "6,5"), ("D9", "7 (bù)"));
        var report = await (await teacher.UploadAsync(url + "/import", edited, "so-diem.xlsx")).ReportAsync(HttpStatusCode.OK);

        report.GetProperty("saved").GetInt32().Should().Be(3);
        report.GetProperty("errors").GetArrayLength().Should().Be(0);
        var marks = await app.StoredMarksAsync(r => r.ClassId == c.ClassId);
        marks.Single(m => m.StudentId == an.Id && m.Column == MarkColumn.Tx1).Should().Match<Mark>(m => m.Tenths == 80 && m.Version == 1, "an unchanged cell is not written");
        marks.Single(m => m.StudentId == an.Id && m.Column == MarkColumn.Tx2).Tenths.Should().Be(90);
        marks.Single(m => m.StudentId == binh.Id && m.Column == MarkColumn.Ck).Tenths.Should().Be(65);
        marks.Single(m => m.StudentId == binh.Id && m.Column == MarkColumn.Tx1).Should().Match<Mark>(m => m.Tenths == 70 && m.Note == MarkNote.MakeUp);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "gradebook.sheet" && e.Action != "gradebook.export" && e.SchoolId == c.School.Id)))
            .Should().Be(1, "one save, one audit entry, as the grid");
        var again = Workbooks.Read(await teacher.GetByteArrayAsync(url + ".xlsx"))["SoDiem"];
        again[header + 1].Skip(3).Take(2).Should().Equal("8.0", "9.0");
        again[header + 2][3].Should().Be("7.0 (bù)");
        (await (await teacher.UploadAsync(url + "/import", edited)).ReportAsync(HttpStatusCode.OK)).GetProperty("saved").GetInt32().Should().Be(0, "nothing new the second time");
    }

    [Theory, Engines]
    public async Task A_stale_file_never_overwrites_a_mark_entered_since_its_export(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync("Nguyễn Văn An", "Trần Thị Bình");
        var (an, binh) = (c.Students[0], c.Students[1]);
        await app.MarksAsync(c, an.Id, c.Math, 1, (MarkColumn.Tx1, 80));
        var teacher = await app.ApiAs(c.MathTeacher);
        var url = $"/api/v1/gradebook/classes/{c.ClassId}/subjects/{c.Math}/terms/1/marks";
        var exported = await teacher.GetByteArrayAsync(url + ".xlsx");
        // Meanwhile, in the grid: An's ĐĐGtx1 becomes 8.5 and Bình gets a first ĐĐGtx1.
        (await teacher.PutAsJsonAsync(url, new { cells = new object[]
        {
            new { studentId = an.Id, column = "Tx1", value = "8.5", version = 1 },
            new { studentId = binh.Id, column = "Tx1", value = "6", version = 0 },
        } })).EnsureSuccessStatusCode();

        // In Excel the teacher adds An's ĐĐGgk and types a different ĐĐGtx1 for Bình; An's ĐĐGtx1 is left as exported (8.0).
        var edited = Edit(exported, ("H8", 9), ("D9", 5));
        var report = await (await teacher.UploadAsync(url + "/import", edited)).ReportAsync(HttpStatusCode.OK);

        report.GetProperty("saved").GetInt32().Should().Be(1);
        var conflict = report.GetProperty("conflicts").EnumerateArray().Single();
        (conflict.GetProperty("studentId").GetGuid(), conflict.GetProperty("column").GetString()).Should().Be((binh.Id, "Tx1"));
        var marks = await app.StoredMarksAsync(r => r.ClassId == c.ClassId);
        marks.Single(m => m.StudentId == an.Id && m.Column == MarkColumn.Tx1).Tenths.Should().Be(85, "the file's untouched 8.0 does not undo the grid's 8.5");
        marks.Single(m => m.StudentId == an.Id && m.Column == MarkColumn.Gk).Tenths.Should().Be(90);
        marks.Single(m => m.StudentId == binh.Id && m.Column == MarkColumn.Tx1).Tenths.Should().Be(60, "a cell changed on both sides is a conflict, not overwritten");
    }

    [Theory, Engines]
    public async Task A_file_with_errors_writes_nothing_and_names_each_row_and_column(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync("Nguyễn Văn An", "Trần Thị Bình");
        var teacher = await app.ApiAs(c.MathTeacher);
        var url = $"/api/v1/gradebook/classes/{c.ClassId}/subjects/{c.Math}/terms/1/marks";
        string[] headers = ["STT", "Mã học sinh", "Họ và tên", "ĐĐGtx1", "ĐĐGtx2", "ĐĐGtx3", "ĐĐGtx4", "ĐĐGgk", "ĐĐGck", "ĐTBmhk"];

        var bad = Workbooks.Sheet("SoDiem", headers,
        [
            [1, c.Students[0].Code, "Nguyễn Văn An", 8, 7, null, null, 11, 8],
            [2, c.Students[1].Code, "Trần Thị Bình", "7.25", "giỏi", null, null, null, null],
            [3, "HS0000001", "Người Lạ", 5],
        ]);
        var refused = await (await teacher.UploadAsync(url + "/import", bad)).ReportAsync(HttpStatusCode.BadRequest);
        var extra = await (await teacher.UploadAsync(url + "/import", Workbooks.Sheet("SoDiem", [.. headers, "ĐĐGtx5"], [[1, c.Students[0].Code, "An", 8]])))
            .ReportAsync(HttpStatusCode.BadRequest);

        refused.GetProperty("written").GetBoolean().Should().BeFalse();
        var messages = refused.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        messages.Should().Contain(m => m.StartsWith("Dòng 2, cột ĐĐGgk: điểm phải từ 0 đến 10", StringComparison.Ordinal));
        messages.Should().Contain(m => m.StartsWith("Dòng 3, cột ĐĐGtx1: điểm chỉ có tối đa một chữ số thập phân", StringComparison.Ordinal));
        messages.Should().Contain(m => m.StartsWith("Dòng 3, cột ĐĐGtx2:", StringComparison.Ordinal));
        messages.Should().Contain("Dòng 4, cột Mã học sinh: học sinh mã HS0000001 không có trong danh sách lớp 7A1.");
        extra.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("ĐĐGtx5").And.Contain("chỉ có 4 điểm đánh giá thường xuyên");
        (await app.StoredMarksAsync(r => r.ClassId == c.ClassId)).Count.Should().Be(0, "all or nothing");
    }

    [Theory, Engines]
    public async Task Only_the_assigned_teacher_imports(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync();
        var file = Workbooks.Sheet("SoDiem", ["Mã học sinh", "ĐĐGtx1"], [[c.Students[0].Code, 8]]);
        var url = $"/api/v1/gradebook/classes/{c.ClassId}/subjects/{c.Math}/terms/1/marks/import";
        var other = await app.Data.SchoolWithYearAsync("7A1");

        (await (await app.Data.ApiAsync(Roles.Principal, c.School.School)).UploadAsync(url, file)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "the principal reads, the teacher writes");
        (await (await app.Data.ApiAsync(Roles.Principal, other.School)).UploadAsync(url, file)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await app.ApiAs(c.MathTeacher)).UploadAsync(url, Workbooks.Zip(("a.txt", "không phải excel")))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.StoredMarksAsync(r => r.ClassId == c.ClassId)).Count.Should().Be(0);
    }

    /// <summary>The header's index among the rows the file holds (the blank line above it is not stored).</summary>
    [Theory, Engines]
    public async Task The_page_offers_the_download_and_the_upload_to_the_teacher_and_only_the_download_to_the_principal(Engine engine)
    {
        var app = await apps.Get(engine);
        var c = await app.Data.MarkedClassAsync();
        var url = $"/so-diem/{c.ClassId}/{c.Math}/1/nhap";

        var teacher = await (await app.SignedInAsync(c.MathTeacher)).PageAsync(url);
        var principal = await (await app.SignedInAsync(await app.Data.UserAsync(Roles.Principal, c.School.School))).PageAsync(url);

        teacher.Should().Contain("Nhập từ Excel").And.Contain($"/api/v1/gradebook/classes/{c.ClassId}/subjects/{c.Math}/terms/1/marks.xlsx").And.Contain("enctype=\"multipart/form-data\"");
        principal.Should().Contain("Tải sổ điểm (Excel)").And.Contain("summary.xlsx").And.NotContain("multipart/form-data");
    }

    private static int HeaderRow(byte[] xlsx) => Workbooks.Read(xlsx)["SoDiem"].FindIndex(r => r.Length > 1 && r[1] == "Mã học sinh");

    /// <summary>Changes cells as a teacher does in Excel: numbers as numbers, text as strings.</summary>
    private static byte[] Edit(byte[] xlsx, params (string Reference, object Value)[] edits)
    {
        using var memory = new MemoryStream();
        memory.Write(xlsx);
        using (var doc = SpreadsheetDocument.Open(memory, true))
        {
            var part = doc.WorkbookPart!.WorksheetParts.First();
            var data = part.Worksheet.GetFirstChild<SheetData>()!;
            foreach (var (reference, value) in edits)
            {
                var rowIndex = uint.Parse(new string([.. reference.SkipWhile(char.IsAsciiLetter)]), CultureInfo.InvariantCulture);
                var row = data.Elements<Row>().Single(r => r.RowIndex!.Value == rowIndex);
                var target = reference;
                row.Elements<Cell>().SingleOrDefault(x => x.CellReference == target)?.Remove();
                var cell = value is int n
                    ? new Cell(new CellValue(n.ToString(CultureInfo.InvariantCulture))) { CellReference = target, DataType = CellValues.Number }
                    : new Cell(new InlineString(new Text((string)value))) { CellReference = target, DataType = CellValues.InlineString };
                var after = row.Elements<Cell>().FirstOrDefault(x => string.CompareOrdinal(x.CellReference!.Value!.PadLeft(6), target.PadLeft(6)) > 0);
                if (after is null)
                {
                    row.Append(cell);
                }
                else
                {
                    row.InsertBefore(cell, after);
                }
            }
            part.Worksheet.Save();
        }
        return memory.ToArray();
    }
}

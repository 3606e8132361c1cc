using System.Net;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Gradebook.Data;
using static TruongSo.Tests.Infrastructure.GradebookData;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>Nhập điểm: a teacher saves a sheet and reads it back, with the engine's averages and "chưa đủ điểm".</summary>
public sealed class EnterMarksTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Saved_marks_read_back_with_the_engines_term_average(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync();
        var api = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        var (an, binh) = (cls.Students[0], cls.Students[1]);

        // Grading-rules Ex 1: ĐĐGtx 8, 7, 9, 6; ĐĐGgk 7.5; ĐĐGck 8.0 → 69/9 → 7.7. A comma and a JSON number are both accepted.
        var saved = await (await api.SaveMarksAsync(cls, "TOAN", 1,
        [
            Cell(an, "Tx1", "8"), Cell(an, "Tx2", 7), Cell(an, "Tx3", "9"), Cell(an, "Tx4", "6"), Cell(an, "Gk", "7,5"), Cell(an, "Ck", "8.0"),
            Cell(binh, "Tx1", "10"), Cell(binh, "Gk", "0", note: "AbsentWithoutReason"),
        ])).JsonAsync();
        saved.GetProperty("saved").GetInt32().Should().Be(8);
        saved.GetProperty("conflicts").GetArrayLength().Should().Be(0);
        var results = saved.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("studentId").GetGuid());
        results[an].GetProperty("result").GetString().Should().Be("7.7");
        results[binh].GetProperty("complete").GetBoolean().Should().BeFalse();
        results[binh].GetProperty("missing").GetString().Should().Be("3 TX, CK");

        var sheet = await (await api.GetAsync(cls.Marks("TOAN", 1))).JsonAsync();
        sheet.GetProperty("columns").Strings("heading").Should().Equal("TX1", "TX2", "TX3", "TX4", "GK", "CK");
        sheet.GetProperty("canWrite").GetBoolean().Should().BeTrue();
        var rows = sheet.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("fullName").GetString()).Should().Equal("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu"); // Vietnamese order: by given name
        var anRow = rows.Single(r => r.GetProperty("studentId").GetGuid() == an);
        var gk = anRow.GetProperty("cells").GetProperty("Gk");
        gk.GetProperty("value").GetString().Should().Be("7.5");
        gk.GetProperty("version").GetInt32().Should().Be(1);
        gk.GetProperty("updatedBy").GetString().Should().Be("Lê Thị Hoa");
        anRow.GetProperty("result").GetProperty("result").GetString().Should().Be("7.7");
        var binhRow = rows.Single(r => r.GetProperty("studentId").GetGuid() == binh);
        binhRow.GetProperty("cells").GetProperty("Gk").GetProperty("note").GetString().Should().Be("AbsentWithoutReason");
        rows.Single(r => r.GetProperty("studentId").GetGuid() == cls.Students[2]).GetProperty("result").GetProperty("missing").GetString().Should().Be("4 TX, GK, CK");
        sheet.GetProperty("incomplete").GetInt32().Should().Be(2);

        // The recorded subject results follow the marks, in the same transaction: HK I 7.7; the year waits for HK II.
        var recorded = await app.WithDbAsync(db => db.Set<SubjectResult>().Where(r => r.StudentId == an && r.SubjectId == cls.Subject("TOAN")).ToListAsync());
        recorded.Single(r => r.Period == GradingPeriod.Hk1).Should().Match<SubjectResult>(r => r.Complete && r.AverageTenths == 77);
        recorded.Single(r => r.Period == GradingPeriod.Year).Complete.Should().BeFalse();
    }

    [Theory, Engines]
    public async Task The_year_average_comes_from_both_terms_by_the_schools_settings(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var teacher = await app.Data.TeacherOfAsync(cls, "TOAN", 1);
        await app.WithDbAsync(async db =>
        {
            var staff = await db.Set<TruongSo.Web.Modules.Teaching.Data.TeachingAssignment>().SingleAsync(a => a.ClassId == cls.Id);
            db.Add(new TruongSo.Web.Modules.Teaching.Data.TeachingAssignment { SchoolId = staff.SchoolId, SchoolYearId = staff.SchoolYearId, ClassId = cls.Id,
                Kind = staff.Kind, SubjectId = staff.SubjectId, Term = 2, StaffId = staff.StaffId, CreatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var api = await app.ApiAs(teacher);
        var an = cls.Students[0];
        // Ex 6, recorded semester averages: HK I 6.0, HK II 6.7 → (6.0 + 13.4)/3 = 6.4667 → 6.5.
        (await api.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", 6), Cell(an, "Tx2", 6), Cell(an, "Tx3", 6), Cell(an, "Tx4", 6.1), Cell(an, "Gk", 6), Cell(an, "Ck", 6)])).EnsureSuccessStatusCode();
        (await api.SaveMarksAsync(cls, "TOAN", 2, [Cell(an, "Tx1", 6), Cell(an, "Tx2", 6), Cell(an, "Tx3", 6), Cell(an, "Tx4", 6), Cell(an, "Gk", 6), Cell(an, "Ck", 8)])).EnsureSuccessStatusCode();

        var recorded = await app.WithDbAsync(db => db.Set<SubjectResult>().Where(r => r.StudentId == an).ToDictionaryAsync(r => r.Period, r => r.AverageTenths));
        recorded.Should().BeEquivalentTo(new Dictionary<GradingPeriod, int?> { [GradingPeriod.Hk1] = 60, [GradingPeriod.Hk2] = 67, [GradingPeriod.Year] = 65 });
    }

    [Theory, Engines]
    public async Task A_comment_subject_takes_D_or_CD_however_typed(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var api = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "GDTC", 1));
        var an = cls.Students[0];

        // Ex 7: every assessment must be Đạt; one CĐ makes the term Chưa đạt.
        var saved = await (await api.SaveMarksAsync(cls, "GDTC", 1, [Cell(an, "Tx1", "đ"), Cell(an, "Tx2", "D"), Cell(an, "Gk", "Đ"), Cell(an, "Ck", "cđ")])).JsonAsync();
        saved.GetProperty("results")[0].GetProperty("result").GetString().Should().Be("CĐ");
        var sheet = await (await api.GetAsync(cls.Marks("GDTC", 1))).JsonAsync();
        sheet.GetProperty("columns").Strings("heading").Should().Equal("TX1", "TX2", "GK", "CK");
        var cells = sheet.GetProperty("rows")[0].GetProperty("cells");
        new[] { "Tx1", "Tx2", "Gk", "Ck" }.Select(c => cells.GetProperty(c).GetProperty("value").GetString()).Should().Equal("D", "D", "D", "CD");
    }

    [Theory, Engines]
    public async Task Primary_sheets_take_levels_and_whole_number_tests(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync("4A1", students: 1);
        var api = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TIENGVIET", 1));
        var an = cls.Students[0];

        var sheet = await (await api.GetAsync(cls.Marks("TIENGVIET", 1))).JsonAsync();
        sheet.GetProperty("columns").Strings("key").Should().Equal("Gk", "GkTest", "Ck", "CkTest"); // grade 4: mid-term tests in Tiếng Việt (TT27 Điều 7)
        var refused = await (await api.SaveMarksAsync(cls, "TIENGVIET", 1, [Cell(an, "CkTest", "8.5")])).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("cells[0].value")[0].GetString().Should().Contain("số nguyên từ 0 đến 10");
        (await api.SaveMarksAsync(cls, "TIENGVIET", 1, [Cell(an, "Ck", "x")])).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var saved = await (await api.SaveMarksAsync(cls, "TIENGVIET", 1, [Cell(an, "Gk", "h"), Cell(an, "GkTest", "7"), Cell(an, "Ck", "t"), Cell(an, "CkTest", "9")])).JsonAsync();
        saved.GetProperty("results")[0].GetProperty("result").GetString().Should().Be("T · 9");
        var cells = saved.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("column").GetString()!, c => c.GetProperty("version").GetInt32());
        cells.Should().BeEquivalentTo(new Dictionary<string, int> { ["Gk"] = 1, ["GkTest"] = 1, ["Ck"] = 1, ["CkTest"] = 1 }, "a level and its test share one mark");
        var stored = (await app.StoredMarksAsync(r => r.StudentId == an)).Single(m => m.Column == MarkColumn.Ck);
        (stored.Level, stored.Tenths).Should().Be(("T", 90));
    }

    [Theory, Engines]
    public async Task Clearing_a_cell_deletes_its_mark(Engine engine)
    {
        var app = await apps.Get(engine);
        var cls = await app.Data.GradebookClassAsync(students: 1);
        var api = await app.ApiAs(await app.Data.TeacherOfAsync(cls, "TOAN", 1));
        var an = cls.Students[0];
        (await api.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", "8")])).EnsureSuccessStatusCode();

        var cleared = await (await api.SaveMarksAsync(cls, "TOAN", 1, [Cell(an, "Tx1", "", version: 1)])).JsonAsync();
        cleared.GetProperty("cells")[0].GetProperty("version").GetInt32().Should().Be(0);
        (await app.Data.MarkCountAsync(cls)).Should().Be(0);
    }
}

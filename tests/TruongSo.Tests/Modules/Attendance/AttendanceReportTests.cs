using System.Net;
using System.Text.Json;

namespace TruongSo.Tests.Modules.Attendance;

/// <summary>Reports by day, week and month add up: classes to the school, days to weeks and months; each reader sees their scope.</summary>
public sealed class AttendanceReportTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task Class_and_school_counts_add_up_by_day_week_and_month(Engine engine)
    {
        var app = await apps.Get(engine);
        var a = await app.Data.AttendanceClassAsync(students: 4);
        var b = await app.Data.SiblingClassAsync(a.Class, "6A2", students: 2);
        var (gvcnA, gvcnB) = (await app.ApiAs(a.Class.Gvcn), await app.ApiAs(b.Gvcn));
        var (mon, tue, nextMon) = (new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 16));
        await gvcnA.MarkAsync(a.ClassId, mon, "sang", null, (a.Students[0], "P"), (a.Students[1], "K"));
        await gvcnA.MarkAsync(a.ClassId, mon, "chieu", null, (a.Students[2], "M"));
        await gvcnA.MarkAsync(a.ClassId, tue, "sang", null);
        await gvcnA.MarkAsync(a.ClassId, nextMon, "sang", null, (a.Students[3], "K"));
        await gvcnB.MarkAsync(b.ClassId, mon, "sang", null, (b.Students[0], "K"));
        var principal = await app.ApiAs(a.Class.Principal);
        var url = $"/api/v1/attendance/report?schoolId={a.Class.School.Id}&from=2026-11-01&to=2026-11-30";

        var byDay = await (await principal.GetAsync(url + "&by=day")).JsonAsync();
        var byWeek = await (await principal.GetAsync(url + "&by=week")).JsonAsync();
        var byMonth = await (await principal.GetAsync(url + "&by=month")).JsonAsync();
        var classA = await (await gvcnA.GetAsync($"/api/v1/attendance/report?classId={a.ClassId}&from=2026-11-01&to=2026-11-30&by=week")).JsonAsync();

        // Class A: 4 + 4 + 4 + 4 student-sessions; B: 2. Absent P 1, K 1 + 1 (A) + 1 (B); late 1.
        Total(byMonth).Should().Be((18, 1, 3, 1));
        Total(byDay).Should().Be(Total(byMonth));
        Total(byWeek).Should().Be(Total(byMonth));
        byMonth.GetProperty("total").GetProperty("presentRate").GetDecimal().Should().Be(77.8m, "(18 − 4) / 18");
        byDay.GetProperty("totals").EnumerateArray().Select(t => (t.GetProperty("start").GetString(), t.GetProperty("onRoll").GetInt32()))
            .Should().Equal(("2026-11-09", 10), ("2026-11-10", 4), ("2026-11-16", 4));
        byWeek.GetProperty("totals").EnumerateArray().Select(t => t.GetProperty("start").GetString()).Should().Equal("2026-11-09", "2026-11-16");
        var weekRows = byWeek.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("start").GetString() == "2026-11-09").ToList();
        weekRows.Select(r => r.GetProperty("className").GetString()).Should().Equal("6A1", "6A2");
        weekRows.Sum(r => r.GetProperty("onRoll").GetInt32()).Should().Be(byWeek.GetProperty("totals")[0].GetProperty("onRoll").GetInt32());
        Total(classA).Should().Be((16, 1, 2, 1));
    }

    [Theory, Engines]
    public async Task Each_reader_sees_their_own_scope(Engine engine)
    {
        var app = await apps.Get(engine);
        var a = await app.Data.AttendanceClassAsync(students: 1);
        var elsewhere = await app.Data.HomeroomClassAsync(students: 1);
        var school = $"/api/v1/attendance/report?schoolId={a.Class.School.Id}&from=2026-11-01&to=2026-11-30";
        var cls = $"/api/v1/attendance/report?classId={a.ClassId}&from=2026-11-01&to=2026-11-30";

        (await (await app.ApiAs(a.Class.Gvcn)).GetAsync(school)).StatusCode.Should().Be(HttpStatusCode.NotFound, "a GVCN reads their class, not the school");
        (await (await app.ApiAs(a.Class.Gvcn)).GetAsync(cls)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await app.ApiAs(a.Outsider)).GetAsync(cls)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await app.ApiAs(elsewhere.Principal)).GetAsync(school)).StatusCode.Should().Be(HttpStatusCode.NotFound, "another school's principal");
        (await (await app.ApiAs(a.Class.Principal)).GetAsync(school + "&by=year")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static (int OnRoll, int Excused, int Unexcused, int Late) Total(JsonElement report)
    {
        var t = report.GetProperty("total");
        return (t.GetProperty("onRoll").GetInt32(), t.GetProperty("excused").GetInt32(), t.GetProperty("unexcused").GetInt32(), t.GetProperty("late").GetInt32());
    }
}

using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Tests.Modules.People;

public sealed record ImportSchool(OrgUnitRef School, IReadOnlyList<SchoolClass> Classes);

/// <summary>Uploads, unique identifiers and database look-ups shared by the import and export tests.</summary>
public static class ImportTestKit
{
    private static int counter = Random.Shared.Next(0, 400_000);

    /// <summary>A personal ID number that passes its checks for a person born in <paramref name="year"/> (2000s).</summary>
    public static string PersonalId(int year, bool female = false) =>
        $"001{(female ? 3 : 2)}{year % 100:D2}{Interlocked.Increment(ref counter) % 1_000_000:D6}";

    public static string Phone() => $"09{Interlocked.Increment(ref counter) % 100_000_000:D8}";

    public static string Code() => SchoolData.Unique("HS");

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string url, byte[] file, string name = "hoc-sinh.xlsx")
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "file", name);
        return await client.PostAsync(url, form);
    }

    public static async Task<JsonElement> ReportAsync(this HttpResponseMessage response, System.Net.HttpStatusCode status) => await response.JsonAsync(status);

    public static IEnumerable<(int Row, string? Column, string Message)> Errors(this JsonElement report) =>
        report.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("message").GetString()!));

    /// <summary>A (THCS) school with an active year and classes 6A1..6A{n}; its subjects are seeded with it.</summary>
    public static async Task<ImportSchool> SchoolWithYearAsync(this SchoolData data, int classes)
    {
        var school = await data.SchoolAsync();
        var year = new SchoolYear
        {
            SchoolId = school.Id, StartYear = 2026, Name = "2026-2027", Status = SchoolYearStatus.Active,
            Term1Start = new(2026, 9, 5), Term1End = new(2027, 1, 15), Term2Start = new(2027, 1, 18), Term2End = new(2027, 5, 28),
        };
        var rows = Enumerable.Range(1, classes).Select(i => new SchoolClass { SchoolId = school.Id, SchoolYearId = year.Id, Grade = 6, Name = $"6A{i}" }).ToList();
        await data.App.WithDbAsync(async db =>
        {
            db.Add(year);
            db.AddRange(rows);
            return await db.SaveChangesAsync();
        });
        return new ImportSchool(school, rows);
    }

    public static Task<List<Student>> StudentsAtAsync(this TestApp app, Guid schoolId) =>
        app.WithDbAsync(db => db.Set<Student>().AsNoTracking().Where(s => s.SchoolId == schoolId).OrderBy(s => s.StudentCode).ToListAsync());

    public static Task<int> AuditCountAsync(this TestApp app, Guid schoolId, string action) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.SchoolId == schoolId && e.Action == action));
}

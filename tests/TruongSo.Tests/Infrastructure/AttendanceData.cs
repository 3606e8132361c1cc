using System.Net.Http.Json;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Infrastructure;

/// <summary>A class ready for attendance: its GVCN, a subject teacher of the class, and a teacher of the same school who does not teach it.</summary>
public sealed record AttendanceClass(HomeroomClass Class, TestUser SubjectTeacher, TestUser Outsider)
{
    public Guid ClassId => Class.ClassId;

    public IReadOnlyList<Guid> Students => Class.Students;

    public static string Day(DateOnly date, string session = "sang") => $"/api/v1/attendance/classes/{{0}}/days/{date:yyyy-MM-dd}?session={session}";
}

public static class AttendanceData
{
    public static async Task<AttendanceClass> AttendanceClassAsync(this SchoolData data, int students = 3)
    {
        var c = await data.HomeroomClassAsync(students);
        var subjectTeacher = await data.UserAsync(Roles.Teacher, c.School, "Vũ Thị Bộ Môn");
        await data.AssignAsync(c.School, c.YearId, c.ClassId, subjectTeacher, c.Subjects["TOAN"]);
        var outsider = await data.UserAsync(Roles.Teacher, c.School, "Đinh Văn Lớp Khác");
        var other = await data.InsertClassAsync(c.School, c.YearId, "6A9");
        await data.AssignAsync(c.School, c.YearId, other, outsider, subjectId: null);
        return new AttendanceClass(c, subjectTeacher, outsider);
    }

    /// <summary>PUT the register of a class for a day: only the absent or late students, with P/K/M.</summary>
    public static Task<HttpResponseMessage> MarkAsync(this HttpClient client, Guid classId, DateOnly date, string session, string? reason, params (Guid Student, string Status)[] absent) =>
        client.PutAsJsonAsync($"/api/v1/attendance/classes/{classId}/days/{date:yyyy-MM-dd}?session={session}",
            new { absent = absent.Select(a => new { studentId = a.Student, status = a.Status }), reason });
}

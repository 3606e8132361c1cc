using System.Net.Http.Json;
using TruongSo.Tests.Modules.Gradebook;

namespace TruongSo.Tests.Modules.ContactBook;

/// <summary>A school with two classes (6A1 with two students, 6A2 with one), each with its GVCN, and a parent account for every student.</summary>
public sealed record TwoClasses(HomeroomClass A, HomeroomClass B, TestUser ParentA1, TestUser ParentA2, TestUser ParentB);

/// <summary>The contact book in the school's words: families of two classes, announcements, threads.</summary>
public static class ContactBookKit
{
    public static async Task<TwoClasses> TwoClassesAsync(this SchoolData data)
    {
        var a = await data.HomeroomClassAsync(students: 2);
        var b = await data.SiblingClassAsync(a, "6A2");
        return new TwoClasses(a, b, await data.ParentOfAsync(a.School, a.Students[0]), await data.ParentOfAsync(a.School, a.Students[1]),
            await data.ParentOfAsync(a.School, b.Students[0]));
    }

    public static string Portal(Guid studentId, string rest = "") => $"/api/v1/portal/children/{studentId}{rest}";

    public static Task<HttpResponseMessage> AnnounceAsync(this HttpClient api, string audience, Guid? classId = null, Guid? schoolId = null, int? grade = null,
        string title = "Họp phụ huynh đầu năm", string body = "Kính mời quý phụ huynh dự họp lúc 7 giờ 30 sáng Chủ nhật.") =>
        api.PostAsJsonAsync("/api/v1/contact-book/announcements", new { audience, classId, schoolId, grade, title, body });

    public static Task<HttpResponseMessage> StartThreadAsync(this HttpClient api, Guid studentId, string body = "Thưa cô, cháu bị ốm nên nghỉ học hôm nay ạ.",
        Guid? teacherStaffId = null, string subject = "Xin phép cho cháu nghỉ") =>
        api.PostAsJsonAsync(Portal(studentId, "/messages"), new { teacherStaffId, subject, body });
}

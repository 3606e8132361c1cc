using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.ContactBook.FamilyAccounts.Data;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Tests.Infrastructure;

/// <summary>A class with a student and a guardian, and the school's clerk who makes the family accounts.</summary>
public sealed record FamilyClass(PeopleSchool School, Guid ClassId, Guid StudentId, Guid GuardianId, string Phone, HttpClient Clerk);

/// <summary>Families and their accounts, through the same doors the school and the parents use.</summary>
public static class FamilyData
{
    public const string NewPassword = "MatKhau@2026";

    public static string Phone() => $"09{Random.Shared.Next(10_000_000, 99_999_999)}";

    /// <summary>A school with class 6A1, a student in it, and a guardian with that phone (a new one, or one already known at another school).</summary>
    public static async Task<FamilyClass> FamilyClassAsync(this SchoolData data, string? phone = null, string student = "Nguyễn Minh An", OrgUnitRef? province = null)
    {
        var school = await data.SchoolWithYearInAsync(province, "6A1");
        var studentId = await data.StudentAsync(school.School, student, school["6A1"]);
        var clerk = await data.ApiAsync(Roles.SchoolAdmin, school.School);
        phone ??= Phone();
        var guardian = await data.GuardianAsync(clerk, studentId, phone);
        return new FamilyClass(school, school["6A1"], studentId, guardian, phone, clerk);
    }

    public static async Task<Guid> GuardianAsync(this SchoolData data, HttpClient staff, Guid studentId, string phone, string name = "Nguyễn Văn Bố")
    {
        var response = await staff.PostAsJsonAsync($"/api/v1/students/{studentId}/guardians", new { fullName = name, phone, relation = "cha" });
        var body = await response.JsonAsync(System.Net.HttpStatusCode.Created);
        _ = data;
        return body.GetProperty("guardianId").GetGuid();
    }

    public static Task<HttpResponseMessage> IssueCodesAsync(this HttpClient staff, Guid classId, params Guid[] guardians) =>
        staff.PostAsJsonAsync("/api/v1/contactbook/family-accounts/codes", new { classId, guardianIds = guardians.Length == 0 ? null : guardians });

    /// <summary>The code printed on the guardian's slip.</summary>
    public static async Task<string> CodeForAsync(this FamilyClass family)
    {
        var issued = await (await family.Clerk.IssueCodesAsync(family.ClassId, family.GuardianId)).JsonAsync();
        return issued.GetProperty("codes").EnumerateArray().Single(c => c.GetProperty("guardianId").GetGuid() == family.GuardianId).GetProperty("code").GetString()!;
    }

    public static Task<HttpResponseMessage> ActivateAsync(this TestApp app, string phone, string code, string password = NewPassword, HttpClient? client = null) =>
        (client ?? app.Anonymous()).PostAsJsonAsync("/api/v1/contactbook/family-accounts/activate",
            new { phone, code, password, confirmPassword = password });

    public static async Task<JsonElement> ChildrenAsync(this HttpClient parent) => await (await parent.GetAsync("/api/v1/portal/children")).JsonAsync();

    /// <summary>"The code was issued 15 days ago": the clock of the code, not of the app, is moved.</summary>
    public static Task<int> AgeCodesAsync(this TestApp app, Guid guardianId, TimeSpan by) => app.WithDbAsync(async db =>
    {
        foreach (var code in await db.Set<ActivationCode>().Where(c => c.GuardianId == guardianId).ToListAsync())
        {
            (code.IssuedAt, code.ExpiresAt) = (code.IssuedAt - by, code.ExpiresAt - by);
        }
        return await db.SaveChangesAsync();
    });
}

using System.Net.Http.Json;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Browser;

/// <summary>The mother, her two children in two schools of one province, and the staff of the son's class.</summary>
public sealed record JourneyFamily(string Phone, string Email, Guid GuardianId, Guid SonId, string SchoolA, string SchoolB,
    TestUser Clerk, TestUser Teacher, TestUser Gvcn);

public sealed partial class ContactBookJourneyTests
{
    /// <summary>
    /// School A: class 6A1 with the son and two classmates, its GVCN, a maths teacher and the văn thư,
    /// who records the mother (with her email) on the son's file. School B has the daughter and
    /// records the same mother by her phone number, so she is one guardian linked to both.
    /// </summary>
    private async Task<JourneyFamily> FamilyOfTwoSchoolsAsync()
    {
        var province = await App.Data.ProvinceAsync();
        var c = await App.Data.HomeroomClassAsync(students: 2, province);
        var son = await App.Data.StudentAsync(c.School, Son, c.ClassId);
        var teacher = await App.Data.UserAsync(Roles.Teacher, c.School, "Vũ Thị Bộ Môn");
        await App.Data.AssignAsync(c.School, c.YearId, c.ClassId, teacher, c.Subjects["TOAN"]);
        var clerk = await App.Data.UserAsync(Roles.SchoolAdmin, c.School, "Phạm Thị Văn Thư");

        var phone = FamilyData.Phone();
        var email = $"me.{phone}@phuhuynh.example";
        var recorded = await (await App.ApiAs(clerk)).PostAsJsonAsync($"/api/v1/students/{son}/guardians",
            new { fullName = Mother, phone, relation = "me", isPrimaryContact = true, email });
        var guardianId = (await recorded.JsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("guardianId").GetGuid();
        var second = await App.Data.FamilyClassAsync(phone, Daughter, province);
        second.GuardianId.Should().Be(guardianId, "school B found the mother by her phone number");

        return new JourneyFamily(phone, email, guardianId, son, c.School.Name, second.School.School.Name, clerk, teacher, c.Gvcn);
    }
}

using System.Net;
using System.Net.Http.Json;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.People;

/// <summary>Chuyển trường: the receiving school gets the whole profile; the sending school keeps its past, read-only.</summary>
public sealed class TransferStudentTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task The_receiving_school_sees_the_history_and_the_sending_school_may_only_read(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var sending = await app.Data.SchoolWithYearInAsync(province, "6A1");
        var receiving = await app.Data.SchoolWithYearInAsync(province, "6A3");
        var id = await app.Data.StudentAsync(sending.School, "Quách Ngọc Mai", classId: sending["6A1"], gender: TruongSo.Web.Modules.People.Contracts.Gender.Female);
        var sender = await app.Data.ApiAsync(Roles.SchoolAdmin, sending.School);
        var receiver = await app.Data.ApiAsync(Roles.SchoolAdmin, receiving.School);
        await (await receiver.GetAsync($"/api/v1/students/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var moved = await sender.PostAsJsonAsync($"/api/v1/students/{id}/transfer", new { destinationSchoolId = receiving.Id, on = "2026-11-16", note = "QĐ 12/QĐ-THCS" });

        moved.StatusCode.Should().Be(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var seenThere = await EditStudentTests.ProfileAsync(receiver, id);
        seenThere.GetProperty("schoolName").GetString().Should().Be(receiving.School.Name);
        seenThere.GetProperty("enrolments").Strings("schoolName").Should().Equal(sending.School.Name, receiving.School.Name);
        seenThere.GetProperty("enrolments")[0].GetProperty("leftReason").GetString().Should().Be("Transferred");
        seenThere.GetProperty("enrolments")[0].GetProperty("destinationSchoolName").GetString().Should().Be(receiving.School.Name);
        seenThere.GetProperty("placements").EnumerateArray().Single().GetProperty("to").GetString().Should().Be("2026-11-16");
        seenThere.GetProperty("readOnlyReason").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        (await receiver.PostAsJsonAsync($"/api/v1/students/{id}/placements", new { classId = receiving["6A3"] })).StatusCode.Should().Be(HttpStatusCode.Created);

        var seenHere = await EditStudentTests.ProfileAsync(sender, id);
        seenHere.GetProperty("readOnlyReason").GetString().Should().Be("Học sinh đã chuyển đi; hồ sơ ở trường cũ chỉ để xem.");
        var listHere = await (await sender.GetAsync($"/api/v1/students?schoolId={sending.Id}")).JsonAsync();
        listHere.GetProperty("items").Strings("status").Should().Equal("TransferredOut");
        foreach (var write in new[]
        {
            sender.PutAsJsonAsync($"/api/v1/students/{id}", new { version = seenHere.GetProperty("version").GetGuid(), fullName = "Quách Ngọc Mai", dateOfBirth = "2013-03-14", gender = "Female" }),
            sender.PostAsJsonAsync($"/api/v1/students/{id}/move", new { classId = sending["6A1"] }),
            sender.PostAsJsonAsync($"/api/v1/students/{id}/withdraw", new { }),
            sender.PostAsJsonAsync($"/api/v1/students/{id}/guardians", new { fullName = "Quách Văn Bố", phone = "0901234567", relation = "cha" }),
        })
        {
            var problem = await (await write).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            problem.GetProperty("detail").GetString().Should().Be("Học sinh đã chuyển đi; hồ sơ ở trường cũ chỉ để xem.");
        }
    }

    [Theory, Engines]
    public async Task A_transfer_must_go_to_a_school_and_needs_the_right_at_the_sending_school(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var school = await app.Data.SchoolWithYearInAsync(province);
        var other = await app.Data.SchoolWithYearInAsync(province);
        var id = await app.Data.StudentAsync(school.School, "Kiều Văn Phong");
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);
        var teacher = await app.Data.TeacherOfAsync(school, school["6A1"]);
        var otherClerk = await app.Data.ApiAsync(Roles.SchoolAdmin, other.School);

        var toProvince = await (await clerk.PostAsJsonAsync($"/api/v1/students/{id}/transfer", new { destinationSchoolId = province.Id })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await otherClerk.PostAsJsonAsync($"/api/v1/students/{id}/transfer", new { destinationSchoolId = other.Id })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await teacher.PostAsJsonAsync($"/api/v1/students/{id}/transfer", new { destinationSchoolId = other.Id })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        toProvince.GetProperty("errors").GetProperty("destinationSchoolId")[0].GetString().Should().Be("Nơi chuyển đến phải là một trường học.");
        (await EditStudentTests.ProfileAsync(clerk, id)).GetProperty("schoolName").GetString().Should().Be(school.School.Name);
    }
}

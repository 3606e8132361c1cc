using System.Net;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Data;

namespace TruongSo.Tests.Modules.Organization;

/// <summary>The pages render for signed-in staff, keep to the same scope as the API, and their forms go through the same handlers.</summary>
public sealed class PageTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_Sở_officer_finds_the_province_schools_and_opens_each_page(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var school = await app.Data.NewSchoolAsync(province, name: "Trường THCS Nguyễn Trãi");
        await app.Data.NewSchoolAsync(province, name: "Trường THCS Kim Đồng");
        var year = await app.Data.SchoolYearAsync(school.Id, active: true);
        await app.Data.ClassAsync(year, 6, "6A10");
        await app.Data.ClassAsync(year, 6, "6A2", "P.102");
        var officer = await app.SignedInAsync(await app.Data.UserAsync(Roles.ProvinceOfficer, province));

        var list = await officer.PageAsync("/truong?q=nguyen+trai");
        var profile = await officer.PageAsync($"/truong/{school.Id}");
        var years = await officer.PageAsync($"/truong/{school.Id}/nam-hoc");
        var classes = await officer.PageAsync($"/truong/{school.Id}/lop");
        var subjects = await officer.PageAsync($"/truong/{school.Id}/mon-hoc");
        var add = await officer.PageAsync("/truong/them");

        list.Should().Contain("Trường THCS Nguyễn Trãi").And.NotContain("Trường THCS Kim Đồng").And.Contain("1 trường");
        profile.Should().Contain(school.Code).And.Contain("Sửa thông tin trường").And.Contain("Chuyển trường sang đơn vị khác");
        profile.IndexOf("6A2", StringComparison.Ordinal).Should().BeLessThan(profile.IndexOf("6A10", StringComparison.Ordinal));
        years.Should().Contain("2025-2026").And.Contain("05/09/2025 – 17/01/2026").And.NotContain("Tạo năm học</h2>", "a Sở does not manage a school's years");
        classes.Should().Contain("P.102").And.NotContain("Thêm lớp");
        subjects.Should().Contain("Khoa học tự nhiên").And.Contain("4 ĐĐGtx").And.NotContain("Tiếng Việt");
        add.Should().Contain("Thêm đơn vị cấp xã").And.Contain(province.Name);
    }

    [Theory, Engines]
    public async Task A_clerk_goes_straight_to_their_school_and_never_sees_another(Engine engine)
    {
        var app = await apps.Get(engine);
        var province = await app.Data.ProvinceAsync();
        var (own, other) = (await app.Data.NewSchoolAsync(province), await app.Data.NewSchoolAsync(province));
        var clerk = await app.SignedInAsync(await app.Data.UserAsync(Roles.SchoolAdmin, own.Unit()));

        var list = await clerk.GetAsync("/truong");
        var elsewhere = await clerk.GetAsync($"/truong/{other.Id}/lop");

        list.StatusCode.Should().Be(HttpStatusCode.Redirect);
        list.Headers.Location!.ToString().Should().EndWith($"/truong/{own.Id}");
        elsewhere.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await clerk.PageAsync($"/truong/{own.Id}/lop")).Should().Contain("Trường chưa có năm học nào.");
    }

    [Theory, Engines]
    public async Task The_forms_create_a_year_a_class_and_a_subject_through_the_same_rules(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var clerk = await app.SignedInAsync(await app.Data.UserAsync(Roles.SchoolAdmin, school.Unit()));

        var badYear = await clerk.PostFormAsync($"/truong/{school.Id}/nam-hoc", "create-year", new()
        {
            ["Input.StartYear"] = "2025", ["Input.Term1Start"] = "05/09/2025", ["Input.Term1End"] = "16/01/2026",
            ["Input.Term2Start"] = "ngày mai", ["Input.Term2End"] = "29/05/2026",
        });
        var year = await clerk.PostFormAsync($"/truong/{school.Id}/nam-hoc", "create-year", new()
        {
            ["Input.StartYear"] = "2025", ["Input.Term1Start"] = "5/9/2025", ["Input.Term1End"] = "16/01/2026",
            ["Input.Term2Start"] = "19/01/2026", ["Input.Term2End"] = "29/05/2026",
        });
        var yearId = await app.WithDbAsync(db => db.Set<SchoolYear>().Where(y => y.SchoolId == school.Id).Select(y => y.Id).SingleAsync());
        var activate = await clerk.PostFormAsync($"/truong/{school.Id}/nam-hoc", "year-actions", new() { ["Action.Activate"] = yearId.ToString() });
        var created = await clerk.PostFormAsync($"/truong/{school.Id}/lop?namHoc={yearId}", "create-class", new()
        {
            ["Input.Grade"] = "7", ["Input.Name"] = "7A1", ["Input.Room"] = "P.201",
        });
        var duplicate = await clerk.PostFormAsync($"/truong/{school.Id}/lop?namHoc={yearId}", "create-class", new()
        {
            ["Input.Grade"] = "7", ["Input.Name"] = "7A1",
        });
        var subject = await clerk.PostFormAsync($"/truong/{school.Id}/mon-hoc", "add-subject", new()
        {
            ["Input.Code"] = "TIENGMONG", ["Input.Name"] = "Tiếng Mông", ["Input.Assessment"] = "Scored",
            ["Input.Periods[0].Grade"] = "6", ["Input.Periods[0].Periods"] = "70", ["Input.Periods[1].Grade"] = "7", ["Input.Periods[1].Periods"] = "",
        });

        WebUtility.HtmlDecode(await badYear.Content.ReadAsStringAsync()).Should().Contain("\"ngày mai\" không phải là ngày");
        year.StatusCode.Should().Be(HttpStatusCode.Redirect);
        activate.StatusCode.Should().Be(HttpStatusCode.Redirect);
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        duplicate.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()).Should().Contain("Năm học này đã có lớp 7A1.");
        subject.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = await app.WithDbAsync(db => db.Set<SchoolYear>().SingleAsync(y => y.Id == yearId));
        (stored.Term1Start, stored.Status).Should().Be((new DateOnly(2025, 9, 5), Web.Modules.Organization.Contracts.SchoolYearStatus.Active));
        (await app.WithDbAsync(db => db.Set<SchoolClass>().Where(c => c.SchoolYearId == yearId).Select(c => c.Name + " " + c.Room).ToListAsync()))
            .Should().Equal("7A1 P.201");
        var mong = await app.WithDbAsync(db => db.Set<Subject>().Include(s => s.Grades).SingleAsync(s => s.SchoolId == school.Id && s.Code == "TIENGMONG"));
        mong.Grades.Select(g => (g.Grade, g.PeriodsPerYear)).Should().Equal((6, 70));
        (await clerk.PageAsync($"/truong/{school.Id}/mon-hoc")).Should().Contain("Tiếng Mông").And.Contain("3 ĐĐGtx");
    }

    [Theory, Engines]
    public async Task A_teacher_reads_the_pages_but_gets_no_forms(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.NewSchoolAsync();
        var year = await app.Data.SchoolYearAsync(school.Id, active: true);
        await app.Data.ClassAsync(year, 9, "9A3");
        var teacher = await app.SignedInAsync(await app.Data.UserAsync(Roles.Teacher, school.Unit()));

        var classes = await teacher.PageAsync($"/truong/{school.Id}/lop");
        var forged = await teacher.PostFormAsync($"/truong/{school.Id}/lop", "create-class", new() { ["Input.Grade"] = "9", ["Input.Name"] = "9A4" });

        classes.Should().Contain("9A3").And.NotContain("value=\"create-class\"").And.NotContain("Thêm lớp");
        forged.StatusCode.Should().NotBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Set<SchoolClass>().CountAsync(c => c.SchoolYearId == year.Id))).Should().Be(1);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Tests.Modules.People;

/// <summary>Importing a student sheet through the API: what is written, updated, linked and audited.</summary>
public sealed class ImportStudentsTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task A_valid_sheet_creates_students_with_enrolment_class_and_a_shared_guardian(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithYearAsync(2);
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, s.School));
        var (code, mother) = (ImportTestKit.Code(), ImportTestKit.Phone());
        var file = Workbooks.Students(
            new Pupil(code, "Nguyễn  Văn An", new(2014, 3, 5), PersonalId: ImportTestKit.PersonalId(2014), Class: "6a1", Guardian: "Trần Thị Mai", Relation: "Mẹ", Phone: mother, Ethnicity: "Tày"),
            new Pupil(null, "Nguyễn Thị Bình", new(2014, 7, 9), "Nữ", Class: "6A2", Guardian: "Trần Thị Mai", Relation: "me", Phone: mother, DobAsText: true));

        var report = await (await clerk.UploadAsync($"/api/v1/students/import?schoolId={s.School.Id}", file)).ReportAsync(HttpStatusCode.OK);

        report.GetProperty("rowsRead").GetInt32().Should().Be(2);
        report.GetProperty("created").GetInt32().Should().Be(2);
        report.GetProperty("errors").GetArrayLength().Should().Be(0);
        var students = await app.StudentsAtAsync(s.School.Id);
        var an = students.Single(x => x.StudentCode == code);
        an.FullName.Should().Be("Nguyễn Văn An");
        an.NameSearch.Should().Be("nguyen van an");
        an.EthnicityCode.Should().Be("02");
        an.Status.Should().Be(StudentStatus.Studying);
        var binh = students.Single(x => x.StudentCode != code);
        binh.StudentCode.Should().MatchRegex("^[A-Z0-9]{10}$", "a student without a code gets one");
        binh.DateOfBirth.Should().Be(new DateOnly(2014, 7, 9));
        var (enrolments, placements, guardians, links) = await app.WithDbAsync(async db => (
            await db.Set<Enrolment>().CountAsync(e => e.SchoolId == s.School.Id),
            await db.Set<ClassPlacement>().Where(p => p.SchoolId == s.School.Id).Select(p => new { p.StudentId, p.ClassId }).ToListAsync(),
            await db.Set<Guardian>().Where(g => g.Phone == mother).ToListAsync(),
            await db.Set<StudentGuardian>().Where(l => l.StudentId == an.Id || l.StudentId == binh.Id).ToListAsync()));
        enrolments.Should().Be(2);
        placements.Should().BeEquivalentTo([new { StudentId = an.Id, ClassId = s.Classes[0].Id }, new { StudentId = binh.Id, ClassId = s.Classes[1].Id }]);
        guardians.Should().ContainSingle("one phone number is one guardian, for both children").Which.FullName.Should().Be("Trần Thị Mai");
        links.Should().HaveCount(2).And.OnlyContain(l => l.GuardianId == guardians[0].Id && l.Relation == "me" && l.IsPrimaryContact);
    }

    [Theory, Engines]
    public async Task Importing_the_same_file_again_updates_instead_of_duplicating(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school));
        var (code, pid) = (ImportTestKit.Code(), ImportTestKit.PersonalId(2013, female: true));
        var byCode = new Pupil(code, "Lê Thị Hoa", new(2013, 1, 2), "Nữ", Address: "Số 1 Tràng Tiền");
        var byId = new Pupil(null, "Phạm Minh Đức", new(2013, 4, 4), PersonalId: ImportTestKit.PersonalId(2013));
        var url = $"/api/v1/students/import?schoolId={school.Id}";
        (await clerk.UploadAsync(url, Workbooks.Students(byCode, byId))).StatusCode.Should().Be(HttpStatusCode.OK);
        var before = await app.StudentsAtAsync(school.Id);

        var again = await (await clerk.UploadAsync(url, Workbooks.Students(
            byCode with { Address = "Số 9 Hàng Bài", PersonalId = pid }, byId with { Name = "Phạm Minh Đức Anh" }))).ReportAsync(HttpStatusCode.OK);

        again.GetProperty("created").GetInt32().Should().Be(0);
        again.GetProperty("updated").GetInt32().Should().Be(2);
        var after = await app.StudentsAtAsync(school.Id);
        after.Should().HaveCount(2);
        after.Select(x => (x.Id, x.StudentCode)).Should().BeEquivalentTo(before.Select(x => (x.Id, x.StudentCode)), "codes never change");
        var hoa = after.Single(x => x.StudentCode == code);
        hoa.Address.Should().Be("Số 9 Hàng Bài");
        hoa.PersonalId.Should().Be(pid);
        hoa.Version.Should().NotBe(before.Single(x => x.StudentCode == code).Version);
        after.Single(x => x.StudentCode != code).FullName.Should().Be("Phạm Minh Đức Anh", "matched on the personal ID");
        (await app.WithDbAsync(db => db.Set<Enrolment>().CountAsync(e => e.SchoolId == school.Id))).Should().Be(2, "no second enrolment");
    }

    [Theory, Engines]
    public async Task An_empty_cell_on_reimport_keeps_what_the_record_has(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school));
        var pupil = new Pupil(ImportTestKit.Code(), "Vũ Hải Nam", new(2012, 2, 2), Address: "Thôn Đông", Ethnicity: "Mường");
        var url = $"/api/v1/students/import?schoolId={school.Id}";
        await clerk.UploadAsync(url, Workbooks.Students(pupil));

        (await clerk.UploadAsync(url, Workbooks.Students(pupil with { Address = null, Ethnicity = null }))).StatusCode.Should().Be(HttpStatusCode.OK);

        var student = (await app.StudentsAtAsync(school.Id)).Single();
        student.Address.Should().Be("Thôn Đông");
        student.EthnicityCode.Should().Be("06");
    }

    [Theory, Engines]
    public async Task Valid_only_writes_the_good_rows_and_reports_the_rest(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school));
        var good = new Pupil(ImportTestKit.Code(), "Đỗ Văn Long", new(2013, 5, 5));
        var bad = new Pupil(ImportTestKit.Code(), "Đỗ Văn Sai", new(2013, 5, 5), Gender: "X");
        var file = Workbooks.Students(good, bad);

        var refused = await (await clerk.UploadAsync($"/api/v1/students/import?schoolId={school.Id}", file)).ReportAsync(HttpStatusCode.BadRequest);
        var nothing = await app.StudentsAtAsync(school.Id);
        var partial = await (await clerk.UploadAsync($"/api/v1/students/import?schoolId={school.Id}&mode=valid-only", file)).ReportAsync(HttpStatusCode.OK);

        refused.GetProperty("written").GetBoolean().Should().BeFalse();
        nothing.Should().BeEmpty();
        partial.GetProperty("created").GetInt32().Should().Be(1);
        partial.GetProperty("skipped").GetInt32().Should().Be(1);
        partial.Errors().Should().ContainSingle().Which.Should().Be((3, "Giới tính", "Giới tính 'X' không hợp lệ; chỉ nhận Nam hoặc Nữ."));
        (await app.StudentsAtAsync(school.Id)).Select(x => x.StudentCode).Should().Equal(good.Code);
    }

    [Theory, Engines]
    public async Task One_audit_entry_records_the_whole_import(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolAsync();
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, school));
        var pupils = Enumerable.Range(0, 5).Select(i => new Pupil(ImportTestKit.Code(), $"Học Sinh {(char)('A' + i)}", new(2012, 1, 1 + i))).ToArray();

        await clerk.UploadAsync($"/api/v1/students/import?schoolId={school.Id}&mode=valid-only", Workbooks.Students(pupils), "lop6.xlsx");

        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.SchoolId == school.Id && e.Action == "students.import"));
        entry.After.Should().Contain("\"file\":\"lop6.xlsx\"").And.Contain("\"mode\":\"valid-only\"").And.Contain("\"created\":5");
        (await app.CliAsync("audit", "verify")).Should().Be(0, "the bulk write and its audit entry keep the chain intact");
    }

    [Theory, Engines]
    public async Task A_student_who_left_another_school_moves_here_with_a_new_enrolment(Engine engine)
    {
        var app = await apps.Get(engine);
        var (from, to) = (await app.Data.SchoolAsync(), await app.Data.SchoolAsync());
        var pupil = new Pupil(ImportTestKit.Code(), "Bùi Gia Huy", new(2011, 9, 9));
        await (await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, from))).UploadAsync($"/api/v1/students/import?schoolId={from.Id}", Workbooks.Students(pupil));
        await app.WithDbAsync(db => db.Set<Student>().Where(x => x.StudentCode == pupil.Code)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, StudentStatus.Graduated)));

        var report = await (await (await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, to)))
            .UploadAsync($"/api/v1/students/import?schoolId={to.Id}", Workbooks.Students(pupil))).ReportAsync(HttpStatusCode.OK);

        report.GetProperty("updated").GetInt32().Should().Be(1);
        var student = (await app.StudentsAtAsync(to.Id)).Single();
        student.Status.Should().Be(StudentStatus.Studying);
        (await app.WithDbAsync(db => db.Set<Enrolment>().Where(e => e.StudentId == student.Id).Select(e => e.SchoolId).ToListAsync()))
            .Should().BeEquivalentTo([from.Id, to.Id]);
    }

    [Theory, Engines]
    public async Task Reimporting_keeps_one_guardian_link_and_one_open_placement_and_a_new_class_moves_the_student(Engine engine)
    {
        var app = await apps.Get(engine);
        var s = await app.Data.SchoolWithYearAsync(2);
        var clerk = await app.ApiAs(await app.Data.UserAsync(Roles.SchoolAdmin, s.School));
        var url = $"/api/v1/students/import?schoolId={s.School.Id}";
        var (stays, moves) = (
            new Pupil(ImportTestKit.Code(), "Đỗ Văn Khôi", new(2014, 2, 2), Class: "6A1", Guardian: "Đỗ Văn Long", Relation: "Cha", Phone: ImportTestKit.Phone()),
            new Pupil(ImportTestKit.Code(), "Đỗ Thị Lan", new(2014, 6, 6), "Nữ", Class: "6A1", Guardian: "Hồ Thị Mai", Relation: "Mẹ", Phone: ImportTestKit.Phone()));
        (await clerk.UploadAsync(url, Workbooks.Students(stays, moves))).StatusCode.Should().Be(HttpStatusCode.OK);

        var again = await (await clerk.UploadAsync(url, Workbooks.Students(stays, moves with { Class = "6A2" }))).ReportAsync(HttpStatusCode.OK);

        again.GetProperty("updated").GetInt32().Should().Be(2);
        var (links, placements) = await app.WithDbAsync(async db => (
            await db.Set<StudentGuardian>().CountAsync(l => db.Set<Student>().Any(x => x.Id == l.StudentId && x.SchoolId == s.School.Id)),
            await db.Set<ClassPlacement>().Where(p => p.SchoolId == s.School.Id)
                .Select(p => new { Code = db.Set<Student>().Single(x => x.Id == p.StudentId).StudentCode, p.ClassId, Open = p.To == null }).ToListAsync()));
        links.Should().Be(2, "the same phone on a re-import is the link already there");
        placements.Should().BeEquivalentTo(new[]
        {
            new { Code = stays.Code, ClassId = s.Classes[0].Id, Open = true },
            new { Code = moves.Code, ClassId = s.Classes[0].Id, Open = false },
            new { Code = moves.Code, ClassId = s.Classes[1].Id, Open = true },
        });
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.ManageOrgUnits;
using TruongSo.Web.Modules.Organization.ManageSchools;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.ImportExport.Bulk;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Demo;

/// <summary>
/// A province-sized data set for benchmarks (`seed-demo --schools 500 --students-per-school 1000`):
/// schools with a current year, classes, and students placed with one guardian each, written by the
/// import's bulk path. Resumable: schools already there are skipped.
/// </summary>
public sealed class LargeDemo(AppDbContext db, CreateOrgUnit units, IStudentBulkWriterFactory bulk, AuditLog audit, TimeProvider clock)
{
    public const string CodePrefix = "01BM";
    private static readonly string[] Namesakes = ["Lê Lợi", "Trần Phú", "Nguyễn Du", "Lý Tự Trọng", "Chu Văn An", "Quang Trung", "Võ Thị Sáu", "Lê Quý Đôn", "Nguyễn Huệ", "Hai Bà Trưng", "Ngô Quyền", "Phan Chu Trinh"];

    public async Task SeedAsync(int schools, int studentsPerSchool, IProgress<int>? progress, CancellationToken ct)
    {
        var province = await db.Set<OrgUnit>().Where(u => u.Kind == OrgUnitKind.Province && u.Code == DemoSeeder.ProvinceCode).Select(u => u.Id).SingleAsync(ct);
        var existing = (await db.Set<OrgUnit>().Where(u => u.Code.StartsWith(CodePrefix)).Select(u => u.Code).ToListAsync(ct)).ToHashSet();
        var start = DemoRecords.CurrentStartYear(Platform.Time.SchoolDay.Today(clock));
        for (var i = 0; i < schools; i++)
        {
            var code = $"{CodePrefix}{i:D5}";
            if (!existing.Contains(code))
            {
                await SeedSchoolAsync(i, code, province, start, studentsPerSchool, ct);
            }
            progress?.Report(i + 1);
        }
        audit.Record(new AuditChange("demo.seed-large", "OrgUnit", province.ToString(), null, new { schools, studentsPerSchool }));
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedSchoolAsync(int index, string code, Guid province, int start, int students, CancellationToken ct)
    {
        var level = (SchoolLevel)(index % 3);
        var name = $"Trường {SchoolLevels.Name(level)} {Namesakes[index % Namesakes.Length]} số {(index / Namesakes.Length) + 1}";
        var school = (await units.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.School, code, name, province,
            new SchoolParticulars(level, SchoolOwnership.Public, "Hà Nội")), ct)).Unit!.Id;
        var (lowest, highest) = SchoolLevels.DefaultGrades(level);
        var year = new SchoolYear
        {
            SchoolId = school, StartYear = start, Name = SchoolYear.NameFor(start), Status = SchoolYearStatus.Active,
            Term1Start = new DateOnly(start, 9, 5), Term1End = new DateOnly(start + 1, 1, 16), Term2Start = new DateOnly(start + 1, 1, 19), Term2End = new DateOnly(start + 1, 5, 29),
        };
        var perGrade = Math.Max(1, (int)Math.Ceiling(students / 35.0 / (highest - lowest + 1)));
        var classes = Enumerable.Range(lowest, highest - lowest + 1)
            .SelectMany(g => Enumerable.Range(1, perGrade).Select(k => new SchoolClass { SchoolId = school, SchoolYearId = year.Id, Grade = g, Name = $"{g}A{k}" }))
            .ToList();
        db.Add(year);
        db.AddRange(classes);
        await db.SaveChangesAsync(ct);

        var random = new Random(index);
        var names = new VietnameseNames(random);
        var set = new StudentWriteSet();
        var now = clock.GetUtcNow().UtcDateTime;
        for (var k = 0; k < students; k++)
        {
            var serial = (index * students) + k;
            var cls = classes[k % classes.Count];
            var gender = names.AnyGender();
            var family = names.Family();
            var fullName = names.Person(gender, family);
            var birthYear = start - cls.Grade - 5;
            var student = new Student
            {
                SchoolId = school, StudentCode = $"01{serial:D8}", PersonalId = $"002{(gender == Gender.Male ? 2 : 3)}{birthYear % 100:D2}{serial % 1_000_000:D6}", // 002: not the demo's 001, so IDs never collide
                FullName = fullName, NameSearch = VietnameseText.Fold(fullName), SortKey = VietnameseText.SortKey(fullName),
                DateOfBirth = new DateOnly(birthYear, 1, 1).AddDays(random.Next(365)), Gender = gender, EthnicityCode = "01",
                Status = StudentStatus.Studying, CreatedAt = now,
            };
            var parent = names.Person(Gender.Male, family);
            var guardian = new Guardian { FullName = parent, NameSearch = VietnameseText.Fold(parent), Phone = $"08{serial:D8}", CreatedAt = now };
            set.NewStudents.Add(student);
            set.Enrolments.Add(new Enrolment { StudentId = student.Id, SchoolId = school, AdmittedOn = year.Term1Start });
            set.Placements.Add(new ClassPlacement { StudentId = student.Id, SchoolId = school, SchoolYearId = year.Id, ClassId = cls.Id, From = year.Term1Start });
            set.Guardians.Add(guardian);
            set.Links.Add(new StudentGuardian { StudentId = student.Id, GuardianId = guardian.Id, Relation = "cha", IsPrimaryContact = true });
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await bulk.For(db).WriteAsync(db, set, ct);
        await tx.CommitAsync(ct);
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.Teaching;
using TruongSo.Web.Modules.Teaching.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Demo;

/// <summary>Each demo school's last year (closed) and this year (active): classes, staff, assignments, students.</summary>
public sealed class DemoRecords(AppDbContext db, DemoStudents students, AuditLog audit, TimeProvider clock)
{
    public const int ClassesPerGrade = 2;

    /// <summary>Staff who sign in as demo accounts: their records carry the same names.</summary>
    private static readonly Dictionary<string, (string Position, string User, string Name)[]> Accounts = new()
    {
        [DemoSeeder.SchoolCode] =
        [
            ("hieu-truong", "hieutruong", "Nguyễn Thị Thu Hà"), ("van-thu", "vanthu", "Phạm Thị Lan"),
            ("ke-toan", "ketoan", "Vũ Thị Ngọc Ánh"), ("giao-vien", "giaovien", "Đặng Văn Hùng"),
        ],
        [DemoSeeder.OtherSchoolCode] = [("hieu-truong", "hieutruong.kimdong", "Bùi Thị Thanh Xuân")],
        [DemoSeeder.UpperSchoolCode] = [("hieu-truong", "hieutruong.chuvanan", "Lương Thị Kim Oanh")],
    };

    private static readonly string[] Management = ["hieu-truong", "pho-hieu-truong", "van-thu", "ke-toan"];

    public static int CurrentStartYear(DateOnly today) => today.Month >= 8 ? today.Year : today.Year - 1;

    public async Task SeedAsync(IReadOnlyList<Guid> schoolIds, CancellationToken ct)
    {
        if (await db.Set<Student>().AnyAsync(s => schoolIds.Contains(s.SchoolId), ct))
        {
            return;
        }
        var random = new Random(20261121);
        var names = new VietnameseNames(random);
        var start = CurrentStartYear(Platform.Time.SchoolDay.Today(clock));
        var families = new DemoFamilies(random, names);
        foreach (var schoolId in schoolIds)
        {
            var unit = await db.Set<OrgUnit>().SingleAsync(u => u.Id == schoolId, ct);
            var school = await db.Set<School>().SingleAsync(s => s.Id == schoolId, ct);
            var subjects = await db.Set<Subject>().Include(s => s.Grades).Where(s => s.SchoolId == schoolId).ToListAsync(ct);
            var years = new[] { Year(schoolId, start - 1, SchoolYearStatus.Closed), Year(schoolId, start, SchoolYearStatus.Active) };
            var classes = years.ToDictionary(y => y.Id, y => Classes(school, y));
            var staff = await StaffAsync(unit, school, subjects, names, random, ct);
            db.AddRange(years);
            db.AddRange(classes.Values.SelectMany(c => c));
            db.AddRange(staff);
            foreach (var year in years)
            {
                db.AddRange(Assign(year, classes[year.Id], subjects, staff, unit.Code));
            }
            await students.AddAsync(unit, school, years[0], years[1], classes[years[0].Id], classes[years[1].Id], names, families, random, ct);
            audit.Record(new AuditChange("demo.seed", "School", schoolId.ToString(), null, new { years = years.Select(y => y.Name), classes = classes.Values.Sum(c => c.Count), staff = staff.Count }, SchoolId: schoolId));
            await db.SaveChangesAsync(ct);
        }
    }

    private static SchoolYear Year(Guid schoolId, int startYear, SchoolYearStatus status) => new()
    {
        SchoolId = schoolId, StartYear = startYear, Name = SchoolYear.NameFor(startYear), Status = status,
        Term1Start = new DateOnly(startYear, 9, 5), Term1End = new DateOnly(startYear + 1, 1, 16),
        Term2Start = new DateOnly(startYear + 1, 1, 19), Term2End = new DateOnly(startYear + 1, 5, 29),
    };

    private static List<SchoolClass> Classes(School school, SchoolYear year) =>
        [.. Enumerable.Range(school.LowestGrade, school.HighestGrade - school.LowestGrade + 1)
            .SelectMany(grade => Enumerable.Range(1, ClassesPerGrade).Select(k => new SchoolClass
            {
                SchoolId = school.Id, SchoolYearId = year.Id, Grade = grade,
                Name = school.Level == SchoolLevel.Primary ? $"{grade}{(char)('A' + k - 1)}" : $"{grade}A{k}",
                Room = $"P.{(grade % 10) + 1}0{k}",
            }))];

    private async Task<List<StaffMember>> StaffAsync(OrgUnit unit, School school, List<Subject> subjects, VietnameseNames names, Random random, CancellationToken ct)
    {
        var staff = new List<StaffMember>();
        var linked = Accounts.GetValueOrDefault(unit.Code, []);
        var userNames = linked.Select(a => a.User.ToUpperInvariant()).ToList();
        var users = await db.Users.Where(u => userNames.Contains(u.NormalizedUserName!)).ToDictionaryAsync(u => u.NormalizedUserName!, u => u.Id, ct);
        StaffMember Add(string position, string? subject, string? name = null, string? user = null)
        {
            var gender = name is null ? names.AnyGender() : name.Contains(" Thị ", StringComparison.Ordinal) ? Gender.Female : Gender.Male;
            var fullName = name ?? names.Person(gender);
            var member = new StaffMember
            {
                SchoolId = school.Id, StaffCode = $"{(position == "giao-vien" ? "GV" : "CB")}{staff.Count + 1:D3}", FullName = fullName,
                NameSearch = VietnameseText.Fold(fullName), SortKey = VietnameseText.SortKey(fullName), Gender = gender, Position = position,
                Qualification = "dai-hoc", MainSubjects = subject, Employment = "bien-che",
                Phone = $"09{random.Next(10_000_000, 99_999_999)}", UserId = user is null ? null : users.GetValueOrDefault(user.ToUpperInvariant()),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            staff.Add(member);
            return member;
        }
        foreach (var (position, user, name) in linked.Where(a => a.Position != "giao-vien"))
        {
            Add(position, null, name, user);
        }
        foreach (var position in Management.Where(p => staff.All(s => s.Position != p)))
        {
            Add(position, null);
        }
        var classCount = (school.HighestGrade - school.LowestGrade + 1) * ClassesPerGrade;
        foreach (var subject in subjects)
        {
            var teachers = school.Level == SchoolLevel.Primary && IsHomeroomSubject(subject.Code) ? 0 : Math.Max(1, (int)Math.Ceiling(classCount / 5.0));
            for (var i = 0; i < teachers; i++)
            {
                var demoTeacher = linked.FirstOrDefault(a => a.Position == "giao-vien");
                var useDemo = subject.Code == "TOAN" && i == 0 && demoTeacher.User is not null;
                Add("giao-vien", subject.Code, useDemo ? demoTeacher.Name : null, useDemo ? demoTeacher.User : null);
            }
        }
        if (school.Level == SchoolLevel.Primary)
        {
            for (var i = 0; i < classCount; i++)
            {
                Add("giao-vien", "TIENGVIET,TOAN");
            }
        }
        return staff;
    }

    /// <summary>In primary school the homeroom teacher teaches these; specialists teach the rest.</summary>
    private static bool IsHomeroomSubject(string code) => code is "TIENGVIET" or "TOAN" or "DAODUC" or "TNXH" or "KHOAHOC" or "LSDL" or "HDTN";

    private IEnumerable<TeachingAssignment> Assign(SchoolYear year, List<SchoolClass> classes, List<Subject> subjects, List<StaffMember> staff, string schoolCode)
    {
        var teachers = staff.Where(s => s.Position == "giao-vien").ToList();
        var primaryHomerooms = teachers.Where(t => t.MainSubjects == "TIENGVIET,TOAN").ToList();
        var homeroomPool = primaryHomerooms.Count > 0 ? primaryHomerooms : teachers;
        for (var c = 0; c < classes.Count; c++)
        {
            var cls = classes[c];
            // The demo teacher (giaovien) leads 7A1 of the THCS school.
            var homeroom = schoolCode == DemoSeeder.SchoolCode && cls.Name == "7A1"
                ? teachers.First(t => t.UserId is not null)
                : homeroomPool[c % homeroomPool.Count];
            yield return New(year, cls, null, 0, homeroom, 0);
            foreach (var subject in subjects.Where(s => s.Grades.Any(g => g.Grade == cls.Grade)))
            {
                var specialists = teachers.Where(t => t.MainSubjects == subject.Code).ToList();
                var teacher = specialists.Count > 0 ? specialists[c % specialists.Count] : homeroom;
                var periods = Math.Round((decimal)subject.Grades.Single(g => g.Grade == cls.Grade).PeriodsPerYear / Workload.WeeksPerYear, 2);
                yield return New(year, cls, subject.Id, 1, teacher, periods);
                yield return New(year, cls, subject.Id, 2, teacher, periods);
            }
        }
    }

    private TeachingAssignment New(SchoolYear year, SchoolClass cls, Guid? subjectId, int term, StaffMember teacher, decimal periods) => new()
    {
        SchoolId = cls.SchoolId, SchoolYearId = year.Id, ClassId = cls.Id, Kind = subjectId is null ? AssignmentKind.Homeroom : AssignmentKind.Subject,
        SubjectId = subjectId, Term = term, StaffId = teacher.Id, PeriodsPerWeek = periods, CreatedAt = clock.GetUtcNow().UtcDateTime,
    };
}

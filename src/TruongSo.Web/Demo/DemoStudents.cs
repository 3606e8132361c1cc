using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Demo;

/// <summary>
/// Students of a demo school: this year's classes full, each placed last year a grade below and
/// promoted by a year-end decision (one repeater), and last year's top grade graduated.
/// </summary>
public sealed class DemoStudents(AppDbContext db, TimeProvider clock)
{
    /// <summary>The demo student account (hocsinh) is this 7A1 student at the THCS, a child of the demo parent.</summary>
    public const string DemoStudentName = "Hoàng Minh Khôi";

    private static readonly string[] Streets = ["phố Kim Mã", "phố Tây Sơn", "đường Láng", "phố Huế", "đường Giải Phóng", "phố Đội Cấn", "đường Hoàng Hoa Thám", "phố Chùa Bộc", "đường Nguyễn Trãi", "phố Thái Hà"];
    private static readonly string[] MinorityCodes = ["02", "03", "04", "06", "07", "08"];
    private readonly HashSet<string> personalIds = [];
    private readonly HashSet<string> codes = [];

    public Task AddAsync(OrgUnit unit, School school, SchoolYear last, SchoolYear current, List<SchoolClass> lastClasses, List<SchoolClass> currentClasses,
        VietnameseNames names, DemoFamilies families, Random random, CancellationToken ct)
    {
        var perClass = school.LowestGrade == 1 ? 25 : 32;
        foreach (var cls in currentClasses)
        {
            var suffix = currentClasses.Where(c => c.Grade == cls.Grade).ToList().IndexOf(cls);
            var previous = lastClasses.Where(c => c.Grade == cls.Grade - 1).ElementAtOrDefault(suffix);
            for (var i = 0; i < perClass; i++)
            {
                var repeater = previous is not null && suffix == 1 && i == 0 && cls.Grade == school.LowestGrade + 1;
                var lastClass = repeater ? lastClasses.First(c => c.Grade == cls.Grade) : previous;
                var demoChild = DemoChild(unit.Code, cls.Name, i);
                var student = NewStudent(school.Id, current.StartYear - cls.Grade - 5 - (repeater ? 1 : 0), names, families, random, demoChild);
                var firstYear = current.StartYear - (cls.Grade - school.LowestGrade) - (repeater ? 1 : 0);
                student.Enrolments.Add(new Enrolment { SchoolId = school.Id, AdmittedOn = new DateOnly(firstYear, 9, 5) });
                if (lastClass is not null)
                {
                    student.Placements.Add(Placement(school.Id, last, lastClass, last.Term2End));
                    db.Add(Decision(student, last, repeater ? YearEndOutcome.Repeat : YearEndOutcome.Promote));
                }
                student.Placements.Add(Placement(school.Id, current, cls, null));
                db.Add(student);
            }
        }
        foreach (var top in lastClasses.Where(c => c.Grade == school.HighestGrade))
        {
            for (var i = 0; i < perClass; i++)
            {
                var student = NewStudent(school.Id, last.StartYear - top.Grade - 5, names, families, random, null);
                student.Status = StudentStatus.Graduated;
                student.Enrolments.Add(new Enrolment
                {
                    SchoolId = school.Id, AdmittedOn = new DateOnly(last.StartYear - (top.Grade - school.LowestGrade), 9, 5),
                    LeftOn = last.Term2End, LeftReason = LeaveReason.Graduated,
                });
                student.Placements.Add(Placement(school.Id, last, top, last.Term2End));
                db.Add(Decision(student, last, YearEndOutcome.Graduate));
                db.Add(student);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The demo parent's two children: 7A1 at the THCS and 3A at the primary school.</summary>
    private static (string Name, Gender Gender)? DemoChild(string schoolCode, string className, int index)
    {
        if (index != 0)
        {
            return null;
        }
        return (schoolCode, className) switch
        {
            (DemoSeeder.SchoolCode, "7A1") => (DemoStudentName, Gender.Male),
            (DemoSeeder.OtherSchoolCode, "3A") => ("Hoàng Ngọc Minh Anh", Gender.Female),
            _ => null,
        };
    }

    private Student NewStudent(Guid schoolId, int birthYear, VietnameseNames names, DemoFamilies families, Random random, (string Name, Gender Gender)? demoChild)
    {
        var (family, isNew) = demoChild is null ? families.Next() : (families.DemoParent, false);
        var gender = demoChild?.Gender ?? names.AnyGender();
        var fullName = demoChild?.Name ?? names.Person(gender, family.FamilyName);
        var dob = new DateOnly(birthYear, 1, 1).AddDays(random.Next(365));
        var student = new Student
        {
            SchoolId = schoolId, StudentCode = Unique(codes, () => "01" + random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            PersonalId = Unique(personalIds, () => $"001{(gender == Gender.Male ? 2 : 3)}{birthYear % 100:D2}{random.Next(0, 999_999):D6}"),
            FullName = fullName, NameSearch = VietnameseText.Fold(fullName), SortKey = VietnameseText.SortKey(fullName),
            DateOfBirth = dob, Gender = gender, EthnicityCode = random.NextDouble() < 0.9 ? "01" : MinorityCodes[random.Next(MinorityCodes.Length)],
            PlaceOfBirth = "Hà Nội", Address = $"Số {random.Next(1, 200)} {Streets[random.Next(Streets.Length)]}, Hà Nội",
            Status = StudentStatus.Studying, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (isNew || demoChild is not null)
        {
            AddGuardian(family.Father, student, "cha", isPrimary: true, attach: isNew || family == families.DemoParent && !AlreadyAdded(family.Father));
            AddGuardian(family.Mother, student, "me", isPrimary: family.Father is null, attach: isNew || family == families.DemoParent && !AlreadyAdded(family.Mother));
        }
        else
        {
            AddGuardian(family.Father, student, "cha", family.Father is not null, attach: false);
            AddGuardian(family.Mother, student, "me", family.Father is null, attach: false);
        }
        return student;
    }

    private readonly HashSet<Guid> added = [];

    private bool AlreadyAdded(Guardian? guardian) => guardian is null || added.Contains(guardian.Id);

    private void AddGuardian(Guardian? guardian, Student student, string relation, bool isPrimary, bool attach)
    {
        if (guardian is null)
        {
            return;
        }
        if (attach && added.Add(guardian.Id))
        {
            db.Add(guardian);
        }
        student.Guardians.Add(new StudentGuardian { GuardianId = guardian.Id, Relation = relation, IsPrimaryContact = isPrimary });
    }

    private static ClassPlacement Placement(Guid schoolId, SchoolYear year, SchoolClass cls, DateOnly? to) =>
        new() { SchoolId = schoolId, SchoolYearId = year.Id, ClassId = cls.Id, From = year.Term1Start, To = to };

    private YearEndDecision Decision(Student student, SchoolYear year, YearEndOutcome outcome) =>
        new() { StudentId = student.Id, SchoolYearId = year.Id, Outcome = outcome, DecidedAt = clock.GetUtcNow().UtcDateTime };

    private static string Unique(HashSet<string> seen, Func<string> next)
    {
        string value;
        do
        {
            value = next();
        }
        while (!seen.Add(value));
        return value;
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.ManageUsers;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.ManageOrgUnits;
using TruongSo.Web.Modules.People.AdmitStudent;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.Teaching.Data;
using TruongSo.Web.Platform.Cli;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Text;

// Sets up the load: TEACHERS classes of 45 students spread over SCHOOLS THCS (teacher t in school t mod
// SCHOOLS), each class's Toán (4 ĐĐGtx + GK + CK = 6 columns) assigned to its own teacher account.
// Writes "userName classId subjectId studentIds" per teacher.
//   dotnet run -- <Sqlite|Postgres> <connection string> <data dir> <out file> [teachers] [students] [schools]
var (engine, connection, dataDir, output) = (args[0], args[1], args[2], args[3]);
var teachers = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 50;
var perClass = args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 45;
var schoolCount = args.Length > 6 ? int.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture) : 1;
await using var host = await CliHost.StartAsync(
    [$"--Database:Provider={engine}", $"--Database:ConnectionString={connection}", $"--TRUONGSO_DATA_DIR={dataDir}",
     "--TRUONGSO_ADMIN_PASSWORD=Bench@2026", "--Demo:Enabled=false", "--Logging:LogLevel:Default=Warning"], migrate: true, CancellationToken.None);
var db = host.Get<AppDbContext>();
var create = host.Get<CreateOrgUnit>();
var ministry = await db.Set<OrgUnit>().Where(u => u.Kind == OrgUnitKind.Ministry).Select(u => (Guid?)u.Id).FirstOrDefaultAsync()
    ?? (await create.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.Ministry, "BGDDT", "Bộ Giáo dục và Đào tạo", null))).Unit!.Id;
var province = await db.Set<OrgUnit>().Where(u => u.Kind == OrgUnitKind.Province).Select(u => (Guid?)u.Id).FirstOrDefaultAsync()
    ?? Unit(await create.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.Province, "01", "Thành phố Hà Nội", ministry)));
string[] places = ["Thử Tải", "Đông Anh", "Gia Lâm", "Sóc Sơn", "Ba Vì", "Mê Linh", "Thạch Thất", "Quốc Oai", "Chương Mỹ", "Thanh Oai"];
var schools = new List<(Guid School, SchoolYear Year, Guid Toan)>();
for (var n = 0; n < schoolCount; n++)
{
    var name = $"Trường THCS {places[n % places.Length]}{(n < places.Length ? "" : $" {new string('I', 1 + (n / places.Length))}")}";
    var id = Unit(await create.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.School, $"01THCS{900 + n}", name, province)));
    var schoolYear = new SchoolYear
    {
        SchoolId = id, StartYear = 2026, Name = "2026-2027", Status = SchoolYearStatus.Active,
        Term1Start = new(2026, 9, 5), Term1End = new(2027, 1, 15), Term2Start = new(2027, 1, 18), Term2End = new(2027, 5, 28),
    };
    db.Add(schoolYear);
    await db.SaveChangesAsync();
    schools.Add((id, schoolYear, await db.Set<Subject>().Where(s => s.SchoolId == id && s.Code == "TOAN").Select(s => s.Id).SingleAsync()));
}
var classes = Enumerable.Range(1, teachers).Select(i =>
{
    var (school, year, _) = schools[(i - 1) % schoolCount];
    var k = (i - 1) / schoolCount;
    return new SchoolClass { SchoolId = school, SchoolYearId = year.Id, Grade = 6 + (k % 4), Name = $"{6 + (k % 4)}A{(k / 4) + 1}" };
}).ToList();
db.AddRange(classes);
await db.SaveChangesAsync();
var adminId = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync();
var admin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, adminId.ToString())], "bench"));
string[] family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"], middle = ["Văn", "Thị", "Minh", "Ngọc", "Gia"],
    given = ["An", "Bình", "Châu", "Dung", "Giang", "Hà", "Khôi", "Lan", "Minh"];
var lines = new List<string>();
for (var t = 0; t < teachers; t++)
{
    var cls = classes[t];
    var (school, year, toan) = schools[t % schoolCount];
    var students = new List<Guid>();
    for (var s = 0; s < perClass; s++)
    {
        var name = $"{family[(t + s) % family.Length]} {middle[s % middle.Length]} {given[((s * 7) + t) % given.Length]}";
        var (admitted, refused) = await host.Get<AdmitStudentHandler>().HandleAsync(admin, new AdmitStudentRequest(school, null, null, name,
            new DateOnly(2014, 1 + (s % 12), 1 + (s % 28)), s % 2 == 0 ? Gender.Male : Gender.Female, "Kinh", AdmittedOn: new DateOnly(2026, 9, 5), ClassId: cls.Id));
        students.Add(admitted?.Id ?? throw new InvalidOperationException(refused!.Message));
    }
    var userName = $"gv{t + 1:D2}";
    var (user, errors) = await host.Get<CreateUser>().HandleAsync(new CreateUserRequest(userName, $"Giáo viên {t + 1:D2}", "Bench@2026", Roles.Teacher, school));
    var staff = new StaffMember
    {
        SchoolId = school, StaffCode = $"GV{t + 1:D3}", FullName = $"Giáo viên {t + 1:D2}", NameSearch = VietnameseText.Fold($"Giáo viên {t + 1:D2}"),
        SortKey = VietnameseText.SortKey($"Giáo viên {t + 1:D2}"), UserId = user?.Id ?? throw new InvalidOperationException(string.Join(" ", errors.SelectMany(e => e.Value))), CreatedAt = DateTime.UtcNow,
    };
    db.Add(staff);
    db.Add(new TeachingAssignment { SchoolId = school, SchoolYearId = year.Id, ClassId = cls.Id, Kind = AssignmentKind.Subject, SubjectId = toan, Term = 1, StaffId = staff.Id, PeriodsPerWeek = 4, CreatedAt = DateTime.UtcNow });
    await db.SaveChangesAsync();
    lines.Add($"{userName} {cls.Id} {toan} {string.Join(',', students)}");
}
await File.WriteAllLinesAsync(output, lines);
Console.WriteLine($"{teachers} teachers × {perClass} students in {schoolCount} school(s) set up ({engine}).");

static Guid Unit((OrgUnitRef? Unit, Dictionary<string, string[]> Errors) created) =>
    created.Unit?.Id ?? throw new InvalidOperationException(string.Join(" ", created.Errors.SelectMany(e => e.Value)));

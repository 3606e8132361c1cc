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

// Sets up the load: one THCS with TEACHERS classes of 45 students, each class's Toán (4 ĐĐGtx + GK + CK
// = 6 columns) assigned to its own teacher account. Writes "userName classId subjectId studentIds" per teacher.
//   dotnet run -- <Sqlite|Postgres> <connection string> <data dir> <out file> [teachers] [students]
var (engine, connection, dataDir, output) = (args[0], args[1], args[2], args[3]);
var teachers = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 50;
var perClass = args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 45;
await using var host = await CliHost.StartAsync(
    [$"--Database:Provider={engine}", $"--Database:ConnectionString={connection}", $"--TRUONGSO_DATA_DIR={dataDir}",
     "--TRUONGSO_ADMIN_PASSWORD=Bench@2026", "--Demo:Enabled=false", "--Logging:LogLevel:Default=Warning"], migrate: true, CancellationToken.None);
var db = host.Get<AppDbContext>();
var create = host.Get<CreateOrgUnit>();
var ministry = (await create.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.Ministry, "BGDDT", "Bộ Giáo dục và Đào tạo", null))).Unit!.Id;
var province = (await create.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.Province, "01", "Thành phố Hà Nội", ministry))).Unit!.Id;
var school = (await create.HandleAsync(new CreateOrgUnitRequest(OrgUnitKind.School, "01THCS900", "Trường THCS Thử Tải", province))).Unit!.Id;
var year = new SchoolYear
{
    SchoolId = school, StartYear = 2026, Name = "2026-2027", Status = SchoolYearStatus.Active,
    Term1Start = new(2026, 9, 5), Term1End = new(2027, 1, 15), Term2Start = new(2027, 1, 18), Term2End = new(2027, 5, 28),
};
var classes = Enumerable.Range(1, teachers).Select(i => new SchoolClass { SchoolId = school, SchoolYearId = year.Id, Grade = 6 + ((i - 1) % 4), Name = $"{6 + ((i - 1) % 4)}A{((i - 1) / 4) + 1}" }).ToList();
db.Add(year);
db.AddRange(classes);
await db.SaveChangesAsync();
var toan = await db.Set<Subject>().Where(s => s.SchoolId == school && s.Code == "TOAN").Select(s => s.Id).SingleAsync();
var adminId = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync();
var admin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, adminId.ToString())], "bench"));
string[] family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"], given = ["An", "Bình", "Châu", "Dung", "Giang", "Hà", "Khôi", "Lan", "Minh"];
var lines = new List<string>();
for (var t = 0; t < teachers; t++)
{
    var cls = classes[t];
    var students = new List<Guid>();
    for (var s = 0; s < perClass; s++)
    {
        var name = $"{family[(t + s) % family.Length]} Văn {given[s % given.Length]} {s:D2}";
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
Console.WriteLine($"{teachers} teachers × {perClass} students set up ({engine}).");

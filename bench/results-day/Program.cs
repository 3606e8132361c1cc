using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Demo;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Access.Data;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Cli;
using TruongSo.Web.Platform.Data;

// Results day on top of `seed-demo --schools S --students-per-school M` (the province, written by the
// import's bulk path): the demo's grade model — HK I complete and closed, HK II about half the ĐĐGtx —
// for the first GRADED large schools (bulk: COPY on PostgreSQL, one prepared INSERT on SQLite), and
// PARENTS parent accounts (username = the guardian's phone, password Bench@2026; one hash computed
// once) spread evenly over those schools, each linked to their child. Writes "userName studentId".
//   dotnet ResultsDaySeed.dll <Sqlite|Postgres> <connection string> <data dir> <out file> [graded=20] [parents=400]
var (engine, connection, dataDir, output) = (args[0], args[1], args[2], args[3]);
var graded = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 20;
var parents = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 400;
await using var host = await CliHost.StartAsync(
    [$"--Database:Provider={engine}", $"--Database:ConnectionString={connection}", $"--TRUONGSO_DATA_DIR={dataDir}",
     "--Demo:Enabled=false", "--Logging:LogLevel:Default=Warning"], migrate: false, CancellationToken.None);
var directory = host.Get<IOrgDirectory>();
var schools = new List<Guid>();
for (var i = 0; i < graded; i++)
{
    schools.AddRange((await directory.FindByCodeAsync($"{LargeDemo.CodePrefix}{i:D5}")).Where(u => u.Kind == OrgUnitKind.School).Select(u => u.Id));
}
var started = DateTime.UtcNow;
await host.Get<DemoGrades>().SeedAsync(schools, CancellationToken.None);
Console.WriteLine($"grades for {schools.Count} schools in {(DateTime.UtcNow - started).TotalSeconds:F0} s");

var db = host.Get<AppDbContext>();
var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), "Bench@2026");
var lines = new List<string>();
var perSchool = (parents + schools.Count - 1) / Math.Max(1, schools.Count);
foreach (var school in schools)
{
    var families = await (
        from s in db.Set<Student>().AsNoTracking()
        where s.SchoolId == school
        join l in db.Set<StudentGuardian>() on s.Id equals l.StudentId
        join g in db.Set<Guardian>() on l.GuardianId equals g.Id
        orderby s.StudentCode
        select new { Student = s.Id, Guardian = g }).Take(perSchool).ToListAsync();
    foreach (var f in families.Where(f => f.Guardian.UserId is null))
    {
        var user = new AppUser
        {
            UserName = f.Guardian.Phone, NormalizedUserName = f.Guardian.Phone.ToUpperInvariant(), FullName = f.Guardian.FullName, PasswordHash = hash,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true, CreatedAt = DateTime.UtcNow,
        };
        db.Add(user);
        db.Add(new RoleGrant { UserId = user.Id, Role = Roles.Parent, OrgUnitId = school, GrantedAt = DateTime.UtcNow });
        db.Attach(f.Guardian).Property(g => g.UserId).CurrentValue = user.Id;
    }
    await db.SaveChangesAsync();
    db.ChangeTracker.Clear();
    lines.AddRange(families.Select(f => $"{f.Guardian.Phone} {f.Student}"));
}
await File.WriteAllLinesAsync(output, lines.Take(parents));
Console.WriteLine($"{Math.Min(parents, lines.Count)} parents with accounts in {schools.Count} graded schools ({engine}).");

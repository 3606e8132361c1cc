using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Privacy.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.Privacy.Consent;

public sealed record ClassConsentRow(Guid StudentId, string StudentCode, string FullName, IReadOnlyList<PurposeState> Purposes);

public sealed record ClassConsents(Guid ClassId, string ClassName, IReadOnlyList<ClassConsentRow> Students);

/// <summary>
/// The school's side: whoever may see a student reads their consents (a teacher checks before
/// posting a photo); recording a paper consent, and the state of a whole class, need
/// privacy.consent on the student's school.
/// </summary>
public sealed class StaffConsents(AppDbContext db, StudentAccess students, IAccessPolicy access, ISchoolStructure structure, IClassRosters rosters, ConsentBook book)
{
    public async Task<Outcome<ConsentView>> ViewAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default) =>
        await students.CanSeeAsync(user, studentId, ct) && await book.ViewAsync(studentId, ct) is { } view ? view : Refusal.NotFound("học sinh này");

    public async Task<Outcome<ConsentAct>> RecordAsync(ClaimsPrincipal user, Guid studentId, ConsentInput input, CancellationToken ct = default)
    {
        if (!await students.CanSeeAsync(user, studentId, ct))
        {
            return Refusal.NotFound("học sinh này");
        }
        var student = await db.Set<Student>().AsNoTracking().Where(s => s.Id == studentId).Select(s => new { s.SchoolId, s.FullName }).SingleAsync(ct);
        if (!await access.CanAsync(user, Permissions.ManageConsent, student.SchoolId, ct))
        {
            return Refusal.Forbidden("Bạn không có quyền ghi nhận sự đồng ý xử lý dữ liệu của học sinh trường này.");
        }
        if (input.Invalid() is { } invalid)
        {
            return invalid;
        }
        var party = input.Party ?? ConsentParty.Guardian;
        string givenBy = student.FullName;
        if (party == ConsentParty.Guardian)
        {
            var guardian = await db.Set<StudentGuardian>().AsNoTracking().Where(l => l.StudentId == studentId && l.GuardianId == input.GuardianId)
                .Join(db.Set<Guardian>(), l => l.GuardianId, g => g.Id, (l, g) => g.FullName).FirstOrDefaultAsync(ct);
            if (guardian is null)
            {
                return Refusal.Invalid("guardianId", "Hãy chọn cha mẹ hoặc người giám hộ của học sinh đã ký giấy đồng ý.");
            }
            givenBy = guardian;
        }
        var me = Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
        return await book.RecordAsync(new NewConsent(studentId, student.SchoolId, input.Purpose!, input.Given!.Value, party,
            party == ConsentParty.Guardian ? input.GuardianId : null, givenBy, input.Method ?? ConsentMethod.InPerson, me, Recorder.NameOf(user), input.Note), ct);
    }

    public async Task<Outcome<ClassConsents>> ClassAsync(ClaimsPrincipal user, Guid classId, CancellationToken ct = default)
    {
        if (await structure.ClassAsync(classId, ct) is not { } cls || !await access.CanAsync(user, Permissions.ManageConsent, cls.SchoolId, ct))
        {
            return Refusal.NotFound("lớp này");
        }
        var roster = (await rosters.ForClassAsync(classId, ct)).Where(r => r.To is null).ToList();
        var states = await book.StatesAsync([.. roster.Select(r => (r.StudentId, r.DateOfBirth))], ct);
        return new ClassConsents(classId, cls.Name, [.. roster.Select(r => new ClassConsentRow(r.StudentId, r.StudentCode, r.FullName, states[r.StudentId]))]);
    }
}

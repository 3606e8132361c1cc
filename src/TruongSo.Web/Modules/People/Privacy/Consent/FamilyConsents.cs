using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Privacy.Data;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Time;

namespace TruongSo.Web.Modules.People.Privacy.Consent;

/// <summary>
/// A parent gives or withdraws consent for their own child online; a student account, for
/// themselves (from age 7). Any other child is "not found", whatever id is guessed.
/// </summary>
public sealed class FamilyConsents(IFamilyLinks family, ConsentBook book, AppDbContext db, TimeProvider time)
{
    public const string NotFound = "học sinh này";

    public async Task<ConsentView?> ViewAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default) =>
        await ChildAsync(user, studentId, ct) is null ? null : await book.ViewAsync(studentId, ct);

    public async Task<Outcome<ConsentAct>> RecordAsync(ClaimsPrincipal user, Guid studentId, ConsentInput input, CancellationToken ct = default)
    {
        if (await ChildAsync(user, studentId, ct) is not { } child)
        {
            return Refusal.NotFound(NotFound);
        }
        if (input.Invalid() is { } invalid)
        {
            return invalid;
        }
        var me = Me(user)!.Value;
        var ownRecord = child.Relation.Length == 0;
        if (ownRecord && !ConsentPurposes.NeedsOwnConsent(child.DateOfBirth, SchoolDay.Today(time)))
        {
            return Refusal.Invalid("party", "Học sinh dưới 7 tuổi chưa cần tự đồng ý; cha mẹ hoặc người giám hộ đồng ý thay.");
        }
        var guardian = ownRecord ? null : await db.Set<Guardian>().AsNoTracking().Where(g => g.UserId == me)
            .Select(g => new { g.Id, g.FullName }).FirstAsync(ct);
        return await book.RecordAsync(new NewConsent(studentId, child.SchoolId, input.Purpose!, input.Given!.Value,
            ownRecord ? ConsentParty.Student : ConsentParty.Guardian, guardian?.Id, guardian?.FullName ?? child.FullName,
            ConsentMethod.Online, me, Recorder.NameOf(user), input.Note), ct);
    }

    private async Task<ChildRef?> ChildAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct) =>
        Me(user) is { } me ? (await family.ChildrenOfAsync(me, ct)).FirstOrDefault(c => c.StudentId == studentId) : null;

    private static Guid? Me(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

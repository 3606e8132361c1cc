using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.LinkGuardian;

public sealed record ChangeGuardianLinkRequest(string? Relation, bool IsPrimaryContact);

/// <summary>Changes how a guardian is related to a student, or removes the link (the guardian stays, for their other children).</summary>
public sealed class ChangeGuardianLinkHandler(AppDbContext db, StudentAccess access, AuditLog audit)
{
    public async Task<Outcome<bool>> ChangeAsync(ClaimsPrincipal user, Guid studentId, Guid guardianId, ChangeGuardianLinkRequest request, CancellationToken ct = default)
    {
        var (student, links, refused) = await LoadAsync(user, studentId, guardianId, ct);
        if (refused is not null)
        {
            return refused;
        }
        if (GuardianRelations.Check(request.Relation) is { } badRelation)
        {
            return Refusal.Invalid("relation", badRelation);
        }
        var link = links.Single(l => l.GuardianId == guardianId);
        var before = new { link.Relation, link.IsPrimaryContact };
        if (request.IsPrimaryContact)
        {
            links.ForEach(l => l.IsPrimaryContact = false);
        }
        (link.Relation, link.IsPrimaryContact) = (request.Relation!, request.IsPrimaryContact);
        student!.Touch();
        audit.Record(new AuditChange("student.guardian-change", "Student", studentId.ToString(), before,
            new { GuardianId = guardianId, link.Relation, link.IsPrimaryContact }, SchoolId: student.SchoolId));
        return await db.SaveOrRefuseAsync(ct) is { } stale ? stale : true;
    }

    public async Task<Outcome<bool>> RemoveAsync(ClaimsPrincipal user, Guid studentId, Guid guardianId, CancellationToken ct = default)
    {
        var (student, links, refused) = await LoadAsync(user, studentId, guardianId, ct);
        if (refused is not null)
        {
            return refused;
        }
        var link = links.Single(l => l.GuardianId == guardianId);
        db.Remove(link);
        if (link.IsPrimaryContact && links.FirstOrDefault(l => l != link) is { } next)
        {
            next.IsPrimaryContact = true;
        }
        student!.Touch();
        audit.Record(new AuditChange("student.guardian-remove", "Student", studentId.ToString(),
            new { GuardianId = guardianId, link.Relation }, null, SchoolId: student.SchoolId));
        return await db.SaveOrRefuseAsync(ct) is { } stale ? stale : true;
    }

    private async Task<(Student?, List<StudentGuardian>, Refusal?)> LoadAsync(ClaimsPrincipal user, Guid studentId, Guid guardianId, CancellationToken ct)
    {
        var (student, refused) = await access.ForChangeAsync(user, studentId, ct);
        if (refused is not null)
        {
            return (null, [], refused);
        }
        var links = await db.Set<StudentGuardian>().Where(l => l.StudentId == studentId).ToListAsync(ct);
        return links.Any(l => l.GuardianId == guardianId) ? (student, links, null)
            : (null, [], Refusal.NotFound("người giám hộ này của học sinh"));
    }
}

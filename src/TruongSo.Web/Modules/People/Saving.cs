using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People;

internal static class Saving
{
    /// <summary>Saves the change and its audit entries; someone else's change in between answers 409, not a lost update.</summary>
    public static async Task<Refusal?> SaveOrRefuseAsync(this AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refusal.StaleVersion;
        }
    }

    /// <summary>Class and enrolment changes are for students studying at the school that holds them.</summary>
    public static Refusal? NotStudying(Student student) => student.Status == StudentStatus.Studying ? null
        : Refusal.Conflict($"Học sinh không còn học tại trường ({Labels.Of(student.Status).ToLowerInvariant()}).");
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People;

internal sealed class StudentParticularsReader(AppDbContext db) : IStudentParticulars
{
    public async Task<IReadOnlyDictionary<Guid, StudentParticulars>> FindManyAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken ct = default)
    {
        var ids = studentIds.Distinct().ToArray();
        return await db.Set<Student>().AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new StudentParticulars(s.Id, s.SchoolId, s.StudentCode, s.PersonalId, s.FullName, s.DateOfBirth, s.Gender, s.EthnicityCode, s.PlaceOfBirth, s.Address))
            .ToDictionaryAsync(s => s.Id, ct);
    }
}

using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.ManageSubjects;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Organization.ManageSchools;

/// <summary>A school unit always has its particulars row and its subjects, whichever way it was created.</summary>
internal static class SchoolSetup
{
    /// <summary>Adds both to the unit of work; the caller saves.</summary>
    public static School Add(AppDbContext db, Guid schoolId, SchoolParticulars p)
    {
        var school = new School
        {
            Id = schoolId,
            Level = p.Level,
            Ownership = p.Ownership,
            LowestGrade = p.Lowest,
            HighestGrade = p.Highest,
            Address = p.Address ?? "",
            Phone = p.Phone,
            Email = p.Email,
        };
        db.Add(school);
        db.AddRange(SubjectSeed.For(schoolId, p.Lowest, p.Highest));
        return school;
    }
}

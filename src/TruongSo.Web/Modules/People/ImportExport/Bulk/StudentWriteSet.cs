using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Web.Modules.People.ImportExport.Bulk;

/// <summary>
/// Everything one student import writes, decided before any write. Updated students carry their
/// full new values (StudentCode and CreatedAt are never changed); placements to close end on
/// <see cref="ClassPlacement.To"/> for the student's open placement of that year.
/// </summary>
internal sealed class StudentWriteSet
{
    public List<Student> NewStudents { get; } = [];
    public List<Student> UpdatedStudents { get; } = [];
    public List<Enrolment> Enrolments { get; } = [];
    public List<ClassPlacement> ClosedPlacements { get; } = [];
    public List<ClassPlacement> Placements { get; } = [];
    public List<Guardian> Guardians { get; } = [];
    public List<StudentGuardian> Links { get; } = [];

    public static readonly string[] NeverUpdated = ["id", "student_code", "created_at"];
}

/// <summary>One bulk path per database engine; both run inside the caller's transaction.</summary>
internal interface IStudentBulkWriter
{
    Task WriteAsync(Platform.Data.AppDbContext db, StudentWriteSet set, CancellationToken ct);
}

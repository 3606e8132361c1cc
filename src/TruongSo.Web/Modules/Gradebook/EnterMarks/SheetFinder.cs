using System.Security.Claims;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>One page of the sổ điểm as the user may see it: class × subject × term, with the rules that apply.</summary>
public sealed record SheetRef(ClassGradebook Gradebook, SubjectRef Subject, SubjectRules Rules, int Term)
{
    public ClassRef Class => Gradebook.Class;

    public SchoolYearRef Year => Gradebook.Year;

    public GradingPeriod Period => (GradingPeriod)Term;

    public bool CanWrite => Gradebook.CanWrite(Subject.Id, Term);

    public IReadOnlyList<SheetColumn> Columns { get; } = SheetLayout.For(Rules, Term);

    /// <summary>The audit log's key for this page: every save of it is one entry under it.</summary>
    public string EntityId => $"{Class.Id}:{Subject.Id}:{Term}";

    public string TermName => Term == 1 ? "học kì I" : "học kì II";

    public string NotAssigned =>
        $"Bạn không được phân công dạy môn {Subject.Name} lớp {Class.Name} {TermName}, nên không thể sửa điểm ở sổ này.";
}

/// <summary>
/// Finds a sheet through <see cref="GradebookAccess"/>, the one check: a class the user cannot read
/// does not exist for them (404); a subject of it they do not teach is forbidden (403), as is writing
/// a sheet that is not their assignment (TT22 Điều 19: the subject teacher enters the marks).
/// </summary>
public sealed class SheetFinder(GradebookAccess access, ISchoolStructure structure)
{
    public async Task<(SheetRef? Sheet, Refusal? Refusal)> FindAsync(ClaimsPrincipal user, Guid classId, Guid subjectId, int term, bool write, CancellationToken ct = default)
    {
        if (await access.ForClassAsync(user, classId, ct) is not { } gradebook)
        {
            return (null, Refusal.NotFound("lớp này"));
        }
        var subject = await structure.SubjectAsync(subjectId, ct);
        if (subject is null || subject.SchoolId != gradebook.Class.SchoolId || SubjectRules.For(subject, gradebook.Class, gradebook.Year) is not { } rules)
        {
            return (null, Refusal.NotFound($"môn học này ở lớp {gradebook.Class.Name}"));
        }
        if (term is not (1 or 2))
        {
            return (null, Refusal.NotFound("học kì này (chỉ có học kì 1 và 2)"));
        }
        var sheet = new SheetRef(gradebook, subject, rules, term);
        if (write && !sheet.CanWrite)
        {
            return (null, Refusal.Forbidden(sheet.NotAssigned));
        }
        return gradebook.CanRead(subjectId) ? (sheet, null)
            : (null, Refusal.Forbidden($"Bạn không dạy môn {subject.Name} ở lớp {gradebook.Class.Name}, nên không xem được sổ điểm môn này."));
    }
}

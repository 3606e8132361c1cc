using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.Organization.Reference;

namespace TruongSo.Web.Modules.Organization.ManageSubjects;

/// <summary>A new school's subjects: the 2018 programme's, for the grades it teaches only.</summary>
internal static class SubjectSeed
{
    // The order of grade books and transcripts: language and mathematics first, then the other
    // scored subjects, then those assessed by comments; a school reorders as it likes.
    private static readonly string[] BookOrder =
    [
        "TIENGVIET", "NGUVAN", "TOAN", "NGOAINGU1", "DAODUC", "GDCD", "TNXH", "KHOAHOC", "LICHSU", "LSDL", "DIALI", "GDKTPL",
        "KHTN", "VATLI", "HOAHOC", "SINHHOC", "CONGNGHE", "TINHOC", "TINCN", "GDQPAN", "GDTC", "AMNHAC", "MITHUAT", "HDTN", "GDDP",
    ];

    public static IEnumerable<Subject> For(Guid schoolId, int lowest, int highest) =>
        Curriculum2018.Subjects
            .Select((d, i) => new Subject
            {
                SchoolId = schoolId,
                Code = d.Code,
                Name = d.Name,
                Assessment = d.Assessment,
                SortOrder = (Array.IndexOf(BookOrder, d.Code) is >= 0 and var at ? at + 1 : BookOrder.Length + i + 1) * 10,
                Grades = [.. d.PeriodsByGrade.Where(g => g.Key >= lowest && g.Key <= highest)
                    .OrderBy(g => g.Key).Select(g => new SubjectGrade { Grade = g.Key, PeriodsPerYear = g.Value })],
            })
            .Where(s => s.Grades.Count > 0)
            .OrderBy(s => s.SortOrder);
}

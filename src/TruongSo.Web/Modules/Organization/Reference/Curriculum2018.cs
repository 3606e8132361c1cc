using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Organization.Reference;

/// <summary>
/// Subjects of the 2018 general education programme (Thông tư 32/2018, amended by 13/2022) with
/// periods per year by grade: the defaults each school starts from and may edit. Comment-only
/// subjects follow TT22 Điều 5 (grades 6–12); in primary, "Scored" marks the subjects with periodic
/// tests (TT27 Điều 7). See ../shared/domain/grading-rules.md §1.2–1.3.
/// </summary>
public static class Curriculum2018
{
    public sealed record SubjectDefault(string Code, string Name, SubjectAssessment Assessment, IReadOnlyDictionary<int, int> PeriodsByGrade);

    private const SubjectAssessment S = SubjectAssessment.Scored;
    private const SubjectAssessment C = SubjectAssessment.CommentOnly;

    public static readonly IReadOnlyList<SubjectDefault> Subjects =
    [
        // Tiểu học (1–5)
        new("TIENGVIET", "Tiếng Việt", S, Grades((1, 420), (2, 350), (3, 245), (4, 245), (5, 245))),
        new("TOAN", "Toán", S, Grades((1, 105), (2, 175), (3, 175), (4, 175), (5, 175), (6, 140), (7, 140), (8, 140), (9, 140), (10, 105), (11, 105), (12, 105))),
        new("NGOAINGU1", "Ngoại ngữ 1", S, Grades((3, 140), (4, 140), (5, 140), (6, 105), (7, 105), (8, 105), (9, 105), (10, 105), (11, 105), (12, 105))),
        new("DAODUC", "Đạo đức", C, Same(35, 1, 5)),
        new("TNXH", "Tự nhiên và Xã hội", C, Same(70, 1, 3)),
        new("KHOAHOC", "Khoa học", S, Same(70, 4, 5)),
        new("TINCN", "Tin học và Công nghệ", S, Same(70, 3, 5)),
        new("LSDL", "Lịch sử và Địa lí", S, Grades((4, 70), (5, 70), (6, 105), (7, 105), (8, 105), (9, 105))),
        // Trung học cơ sở (6–9)
        new("NGUVAN", "Ngữ văn", S, Grades((6, 140), (7, 140), (8, 140), (9, 140), (10, 105), (11, 105), (12, 105))),
        new("GDCD", "Giáo dục công dân", S, Same(35, 6, 9)),
        new("KHTN", "Khoa học tự nhiên", S, Same(140, 6, 9)),
        new("CONGNGHE", "Công nghệ", S, Grades((6, 35), (7, 35), (8, 52), (9, 52), (10, 70), (11, 70), (12, 70))),
        new("TINHOC", "Tin học", S, Grades((6, 35), (7, 35), (8, 35), (9, 35), (10, 70), (11, 70), (12, 70))),
        // Trung học phổ thông (10–12): compulsory, then the electives a school offers
        new("LICHSU", "Lịch sử", S, Same(52, 10, 12)),
        new("GDQPAN", "Giáo dục quốc phòng và an ninh", S, Same(35, 10, 12)),
        new("DIALI", "Địa lí", S, Same(70, 10, 12)),
        new("GDKTPL", "Giáo dục kinh tế và pháp luật", S, Same(70, 10, 12)),
        new("VATLI", "Vật lí", S, Same(70, 10, 12)),
        new("HOAHOC", "Hoá học", S, Same(70, 10, 12)),
        new("SINHHOC", "Sinh học", S, Same(70, 10, 12)),
        // Every level: assessed by comments only from grade 6
        new("GDTC", "Giáo dục thể chất", C, Same(70, 1, 12)),
        new("AMNHAC", "Âm nhạc", C, Grades((1, 35), (2, 35), (3, 35), (4, 35), (5, 35), (6, 35), (7, 35), (8, 35), (9, 35), (10, 70), (11, 70), (12, 70))),
        new("MITHUAT", "Mĩ thuật", C, Grades((1, 35), (2, 35), (3, 35), (4, 35), (5, 35), (6, 35), (7, 35), (8, 35), (9, 35), (10, 70), (11, 70), (12, 70))),
        new("HDTN", "Hoạt động trải nghiệm, hướng nghiệp", C, Same(105, 1, 12)),
        new("GDDP", "Nội dung giáo dục của địa phương", C, Same(35, 6, 12)),
    ];

    private static Dictionary<int, int> Grades(params (int Grade, int Periods)[] rows) => rows.ToDictionary(r => r.Grade, r => r.Periods);

    private static Dictionary<int, int> Same(int periods, int from, int to) =>
        Enumerable.Range(from, to - from + 1).ToDictionary(g => g, _ => periods);
}

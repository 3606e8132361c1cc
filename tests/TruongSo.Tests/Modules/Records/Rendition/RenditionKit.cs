using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Tests.Modules.Records.Rendition;

/// <summary>A grade-6 class whose 2026–2027 year is recorded, closed and locked, and one student with a name full of marks.</summary>
public sealed record FinishedYear(HomeroomClass Class, Guid StudentId, string FullName, Guid OtherStudentId);

public static class RenditionKit
{
    public const string Name = "Đặng Thị Ngọc Thắm";

    public static async Task<FinishedYear> FinishedYearAsync(this TestApp app, string fullName = Name)
    {
        var c = await app.Data.HomeroomClassAsync(students: 1);
        var student = await app.Data.StudentAsync(c.School, fullName, c.ClassId, personalId: PeopleData.PersonalId(2013, Gender.Female),
            dateOfBirth: new DateOnly(2013, 5, 19), gender: Gender.Female);
        foreach (var id in new[] { student, c.Students[0] })
        {
            await app.Data.RecordAsync(c, id, RecordedYear.Flat("8.5", "7.0", "9.2", "6.5", "8.0", "10.0", "7.8", "8.8"));
        }
        await app.WithDbAsync(async db =>
        {
            foreach (var period in new[] { GradingPeriod.Hk1, GradingPeriod.Hk2, GradingPeriod.Year })
            {
                foreach (var id in new[] { student, c.Students[0] })
                {
                    db.Add(new StudentResult
                    {
                        SchoolId = c.School.Id, SchoolYearId = c.YearId, ClassId = c.ClassId, StudentId = id, Period = period, RuleSet = "TT22",
                        Learning = "Kha", LearningComputed = "Kha", Conduct = "Tot", Absences = (int)period,
                        HomeroomComment = period == GradingPeriod.Year ? "Chăm ngoan, tiến bộ rõ rệt ở môn Toán; cần mạnh dạn phát biểu." : null,
                        YearEndOutcome = period == GradingPeriod.Year ? "LenLop" : null, FinalOutcome = period == GradingPeriod.Year ? "LenLop" : null,
                        Honour = period == GradingPeriod.Year ? "Gioi" : null, UpdatedAt = DateTime.UtcNow,
                    });
                }
                db.Add(new Sheet { SchoolId = c.School.Id, SchoolYearId = c.YearId, ClassId = c.ClassId, Period = period, CompletedAt = DateTime.UtcNow });
                db.Add(new TermLock { SchoolId = c.School.Id, SchoolYearId = c.YearId, Period = period, LockedAt = DateTime.UtcNow, LockedBy = c.Principal.Id });
            }
            return await db.SaveChangesAsync();
        });
        return new FinishedYear(c, student, fullName, c.Students[0]);
    }

    public static string PreviewUrl(this FinishedYear y, string format, Guid? student = null) =>
        $"/api/v1/records/students/{student ?? y.StudentId}/years/{y.Class.YearId}/transcript-preview.{format}";

    public static string CertificateUrl(this FinishedYear y, Guid? student = null) =>
        $"/api/v1/records/students/{student ?? y.StudentId}/years/{y.Class.YearId}/certificate.pdf";

    public static string ScoreSheetUrl(this FinishedYear y) => $"/api/v1/records/classes/{y.Class.ClassId}/score-sheet.pdf";
}

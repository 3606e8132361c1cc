using System.Globalization;
using TruongSo.Web.Modules.Attendance.Data;

namespace TruongSo.Web.Modules.Attendance.AbsenceRequests;

/// <summary>An absence request as the parent and the GVCN see it.</summary>
public sealed record AbsenceRequestView(Guid Id, Guid StudentId, string StudentName, Guid ClassId, string ClassName, DateOnly From, DateOnly To,
    IReadOnlyList<string> Sessions, string Reason, string State, DateTime RequestedAt, DateTime? DecidedAt, string? DecisionNote)
{
    public static AbsenceRequestView Of(AbsenceRequest r, string studentName, string className) => new(r.Id, r.StudentId, studentName, r.ClassId, className,
        r.FromDate, r.ToDate, [.. r.Sessions().Select(Codes.Of)], r.Reason, Codes.Of(r.State), r.RequestedAt, r.DecidedAt, r.DecisionNote);

    /// <summary>"ngày 16/11/2026 (buổi sáng)" or "từ 16/11/2026 đến 18/11/2026 (cả ngày)".</summary>
    public static string Span(AbsenceRequest r)
    {
        var days = r.FromDate == r.ToDate ? $"ngày {Vi(r.FromDate)}" : $"từ {Vi(r.FromDate)} đến {Vi(r.ToDate)}";
        var sessions = r is { Morning: true, Afternoon: true } ? "cả ngày" : r.Morning ? "buổi sáng" : "buổi chiều";
        return $"{days} ({sessions})";
    }

    public static string Vi(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

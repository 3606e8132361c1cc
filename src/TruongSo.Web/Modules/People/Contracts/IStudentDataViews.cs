using System.Security.Claims;

namespace TruongSo.Web.Modules.People.Contracts;

/// <summary>What part of a child's data was opened (the view log's "what").</summary>
public static class StudentData
{
    public const string Profile = "ho-so";
    public const string Results = "ket-qua";
    public const string Transcript = "hoc-ba";
    public const string Attendance = "chuyen-can";
}

/// <summary>
/// Logs a member of staff opening a child's data (Nghị định 13/2023). Call it after the read
/// succeeded; the child's own family is not logged. Endpoints use <c>.LogsStudentDataView(...)</c>.
/// </summary>
public interface IStudentDataViews
{
    Task RecordAsync(ClaimsPrincipal viewer, Guid studentId, string what, string path, CancellationToken ct = default);
}

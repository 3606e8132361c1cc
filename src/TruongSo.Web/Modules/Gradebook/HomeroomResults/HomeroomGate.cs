using System.Security.Claims;

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

/// <summary>
/// Who reads and who writes a class's results: the GVCN, the school and the Sở read the whole class;
/// only the GVCN (and the principal or an administrator) write. A user who cannot read the whole
/// class meets 404 (a subject teacher included); a reader who may not write meets 403.
/// </summary>
public sealed class HomeroomGate(GradebookAccess access)
{
    public const string ClassNotFound = "lớp này";

    public async Task<GradebookOutcome<ClassGradebook>> ReadAsync(ClaimsPrincipal user, Guid classId, CancellationToken ct = default) =>
        await access.ForClassAsync(user, classId, ct) is { SeesWholeClass: true } book ? book : GradebookRefusal.NotFound(ClassNotFound);

    public async Task<GradebookOutcome<ClassGradebook>> WriteAsync(ClaimsPrincipal user, Guid classId, CancellationToken ct = default)
    {
        var (book, refused) = await ReadAsync(user, classId, ct);
        return refused is not null ? refused
            : book!.IsHomeroom || book.CanLock ? book
            : GradebookRefusal.Forbidden("Chỉ giáo viên chủ nhiệm của lớp (hoặc hiệu trưởng) được ghi kết quả rèn luyện và tổng kết của lớp.");
    }

    public static Guid? UserId(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

using System.Security.Claims;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

/// <summary>The GVCN's "tổng kết": closes the term or the year for the class (see <see cref="ClassResultsCloser"/>).</summary>
public sealed class CloseHomeroom(HomeroomGate gate, ClassResultsCloser closer)
{
    public async Task<GradebookOutcome<HomeroomClosed>> HandleAsync(ClaimsPrincipal user, Guid classId, GradingPeriod period, CancellationToken ct = default)
    {
        var (_, refused) = await gate.WriteAsync(user, classId, ct);
        if (refused is not null)
        {
            return refused;
        }
        var result = await closer.CloseAsync(classId, period, HomeroomGate.UserId(user), ct: ct);
        return !result.Found ? GradebookRefusal.NotFound(HomeroomGate.ClassNotFound)
            : result.Closed ? new HomeroomClosed(ResultCodes.Of(period), result.Students)
            : GradebookRefusal.Conflict(result.Blockers.Count == 1 && result.Students == 0 && result.Blockers[0] == SheetGate.LockedMessage
                ? SheetGate.LockedMessage
                : $"Chưa thể tổng kết {ResultCodes.Vi(period).ToLowerInvariant()}: còn {result.Blockers.Count} việc chưa xong.", result.Blockers);
    }
}

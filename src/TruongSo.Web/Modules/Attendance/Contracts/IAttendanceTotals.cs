namespace TruongSo.Web.Modules.Attendance.Contracts;

/// <summary>
/// A student's sessions (buổi) absent in a span of days: with permission (có phép), without
/// (không phép), and the times late (đi muộn, not an absence). <see cref="Sessions"/> is what TT22
/// Điều 12 khoản 1 điểm c counts against the 45-session limit: with and without permission alike.
/// </summary>
public sealed record AbsenceTotals(int Excused, int Unexcused, int Late)
{
    public static readonly AbsenceTotals None = new(0, 0, 0);

    public int Sessions => Excused + Unexcused;
}

/// <summary>What other modules (the gradebook's promotion rule, reports) may read of attendance.</summary>
public interface IAttendanceTotals
{
    /// <summary>
    /// Totals per student for the days from <paramref name="from"/> to <paramref name="to"/>
    /// inclusive; a student with no absence is missing from the answer (read it as <see cref="AbsenceTotals.None"/>).
    /// No permission check: the caller checks.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, AbsenceTotals>> ForStudentsAsync(IReadOnlyCollection<Guid> studentIds, DateOnly from, DateOnly to, CancellationToken ct = default);
}

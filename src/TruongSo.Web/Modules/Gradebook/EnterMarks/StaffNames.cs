using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>Who changed a cell, by name: marks are written by teachers, who are on the school's staff.</summary>
public sealed class StaffNames(IStaffDirectory staff)
{
    private readonly Dictionary<Guid, string?> known = [];

    /// <summary>A name already known (kept with a save's scope), so that it is not read again.</summary>
    public void Know(Guid userId, string? name) => known[userId] = name;

    public async Task<string> OfAsync(Guid? userId, CancellationToken ct = default) => await FindAsync(userId, ct) ?? "người khác";

    /// <summary>The staff name of a sign-in account; null for an account that is not on any school's staff.</summary>
    public async Task<string?> FindAsync(Guid? userId, CancellationToken ct = default)
    {
        if (userId is not { } id)
        {
            return null;
        }
        if (!known.TryGetValue(id, out var name))
        {
            name = known[id] = (await staff.ByUserAsync(id, ct)) is [var first, ..] ? first.FullName : null;
        }
        return name;
    }
}

namespace TruongSo.Web.Modules.People.Contracts;

/// <summary>Where a person can be reached, as the school's records hold it.</summary>
public sealed record ContactAddress(string? Email, string? Phone);

/// <summary>A signed-in user's email and phone from their guardian or staff record (notifications use it).</summary>
public interface IContactAddresses
{
    /// <summary>The guardian record's addresses for a parent, the staff record's for staff; nulls when none.</summary>
    Task<ContactAddress> ForUserAsync(Guid userId, CancellationToken ct = default);
}

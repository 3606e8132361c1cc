namespace TruongSo.Web.Modules.Organization.Contracts;

/// <summary>What other modules may ask of the hierarchy.</summary>
public interface IOrgDirectory
{
    Task<OrgUnitRef?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>Units with this code (codes are unique per kind, so there may be more than one).</summary>
    Task<IReadOnlyList<OrgUnitRef>> FindByCodeAsync(string code, CancellationToken ct = default);

    /// <summary>The ids of the units an access scope covers, as a sub-query to compose into other queries.</summary>
    IQueryable<Guid> UnitIdsIn(OrgScope scope);
}

/// <summary>A set of org units: everything, whole provinces, or single units.</summary>
public sealed record OrgScope(bool Everything, IReadOnlyCollection<Guid> ProvinceIds, IReadOnlyCollection<Guid> UnitIds)
{
    public static readonly OrgScope None = new(false, [], []);
    public static readonly OrgScope All = new(true, [], []);
    public bool IsEmpty => !Everything && ProvinceIds.Count == 0 && UnitIds.Count == 0;
}

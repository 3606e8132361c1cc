namespace TruongSo.Web.Modules.Organization.Contracts;

public enum OrgUnitKind { Ministry, Province, Commune, School }

public sealed record OrgUnitRef(Guid Id, OrgUnitKind Kind, string Code, string Name, Guid? ParentId, Guid? ProvinceId)
{
    /// <summary>True when this unit is <paramref name="ancestor"/> itself or lies beneath it.</summary>
    public bool IsWithin(OrgUnitRef ancestor) => ancestor.Kind switch
    {
        _ when ancestor.Id == Id => true,
        OrgUnitKind.Ministry => true,
        OrgUnitKind.Province => ProvinceId == ancestor.Id,
        OrgUnitKind.Commune => ParentId == ancestor.Id,
        _ => false,
    };
}

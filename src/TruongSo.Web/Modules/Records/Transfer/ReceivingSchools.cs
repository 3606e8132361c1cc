using System.Security.Claims;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.Records.Transfer;

public sealed record ReceivingSchool(Guid Id, string Name);

/// <summary>The schools whose records the user keeps (records.manage or records.seal granted on the school itself): where they may receive a transferred record.</summary>
public sealed class ReceivingSchools(IAccessPolicy access, ISchoolStructure structure)
{
    public async Task<IReadOnlyList<ReceivingSchool>> HandleAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var units = (await access.ScopeAsync(user, Permissions.ManageRecords, ct)).UnitIds
            .Concat((await access.ScopeAsync(user, Permissions.SealRecords, ct)).UnitIds).Distinct();
        var schools = new List<ReceivingSchool>();
        foreach (var id in units)
        {
            if (await structure.SchoolAsync(id, ct) is { } school)
            {
                schools.Add(new ReceivingSchool(id, school.Name));
            }
        }
        return schools;
    }
}

using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;

namespace TruongSo.Web.Modules.Organization.ManageSchoolYears;

public sealed record SchoolYearDto(
    Guid Id, Guid SchoolId, string Name, int StartYear,
    DateOnly Term1Start, DateOnly Term1End, DateOnly Term2Start, DateOnly Term2End,
    SchoolYearStatus Status, string StatusName, Guid Version)
{
    internal static SchoolYearDto From(SchoolYear y) => new(y.Id, y.SchoolId, y.Name, y.StartYear,
        y.Term1Start, y.Term1End, y.Term2Start, y.Term2End, y.Status, SchoolKindNames.Of(y.Status), y.Version);

    internal SchoolYearRef ToRef() => new(Id, SchoolId, Name, StartYear, Term1Start, Term1End, Term2Start, Term2End, Status);
}

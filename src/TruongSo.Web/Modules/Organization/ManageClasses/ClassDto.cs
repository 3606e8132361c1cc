using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.Organization.Data;

namespace TruongSo.Web.Modules.Organization.ManageClasses;

public sealed record ClassDto(Guid Id, Guid SchoolId, Guid SchoolYearId, int Grade, string GradeName, string Name, string? Room, Guid Version)
{
    internal static ClassDto From(SchoolClass c) => new(c.Id, c.SchoolId, c.SchoolYearId, c.Grade, GradeLevels.Name(c.Grade), c.Name, c.Room, c.Version);

    internal ClassRef ToRef() => new(Id, SchoolId, SchoolYearId, Grade, Name, Room);

    /// <summary>By grade, then by name as people count: 6A1, 6A2, …, 6A10.</summary>
    internal static IEnumerable<T> Sorted<T>(IEnumerable<T> classes, Func<T, int> grade, Func<T, string> name) =>
        classes.OrderBy(grade).ThenBy(name, ClassNames.Natural);
}

namespace TruongSo.Web.Modules.Access.Contracts;

/// <summary>
/// Rights below the school level: the classes a user teaches or leads as homeroom teacher.
/// The Teaching module provides them; IAccessPolicy asks every registered provider.
/// </summary>
public interface IClassScopeProvider
{
    /// <summary>Classes the user may read (their students, their sheets), in any school year.</summary>
    Task<IReadOnlyCollection<Guid>> ClassIdsAsync(Guid userId, CancellationToken ct);
}

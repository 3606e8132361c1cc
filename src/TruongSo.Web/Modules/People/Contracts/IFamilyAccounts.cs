namespace TruongSo.Web.Modules.People.Contracts;

/// <summary>A sign-in account that speaks for a student: a guardian's (IsStudent false) or the student's own.</summary>
public sealed record FamilyAccount(Guid StudentId, Guid UserId, string FullName, bool IsStudent);

/// <summary>Who is told about a student: the accounts of their guardians and their own (the reverse of IFamilyLinks).</summary>
public interface IFamilyAccounts
{
    /// <summary>Every account linked to these students; guardians without an account are not listed. No permission check.</summary>
    Task<IReadOnlyList<FamilyAccount>> OfStudentsAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken ct = default);
}

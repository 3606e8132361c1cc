namespace TruongSo.Web.Modules.People.Contracts;

/// <summary>A guardian as the contact book sees them: known by phone across schools; <see cref="UserId"/> is their account.</summary>
public sealed record GuardianRecord(Guid Id, string FullName, string Phone, Guid? UserId);

/// <summary>A guardian of a student sitting in a class, with how they are related.</summary>
public sealed record ClassGuardian(Guid StudentId, string StudentCode, string StudentName, string Relation, bool IsPrimaryContact, GuardianRecord Guardian);

/// <summary>
/// Families' accounts: how the contact book opens parents' accounts from the school's guardian
/// records, and whom to tell about a student. No permission check here: the caller checks its
/// right on the school and that the guardian has a child there.
/// </summary>
public interface IGuardianAccounts
{
    /// <summary>Per student, the accounts of the guardians linked to them and the student's own account (attendance alerts, absence decisions).</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> AccountsOfAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken ct = default);

    /// <summary>The guardians of the students sitting in the class now, in Vietnamese order of the students.</summary>
    Task<IReadOnlyList<ClassGuardian>> OfClassAsync(Guid classId, CancellationToken ct = default);

    Task<GuardianRecord?> FindAsync(Guid guardianId, CancellationToken ct = default);

    /// <summary>The schools where the guardian has a child now.</summary>
    Task<IReadOnlyList<Guid>> SchoolsOfChildrenAsync(Guid guardianId, CancellationToken ct = default);

    /// <summary>Links the account to the guardian in the caller's unit of work (saved by the caller).</summary>
    Task LinkAccountAsync(Guid guardianId, Guid userId, CancellationToken ct = default);

    /// <summary>Each student's current class (the open placement), for those who have one.</summary>
    Task<IReadOnlyDictionary<Guid, Guid>> CurrentClassesAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken ct = default);
}

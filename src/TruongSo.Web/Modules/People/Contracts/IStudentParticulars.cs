namespace TruongSo.Web.Modules.People.Contracts;

/// <summary>A student's particulars as page 1 of the học bạ prints them.</summary>
public sealed record StudentParticulars(Guid Id, Guid SchoolId, string StudentCode, string? PersonalId, string FullName,
    DateOnly DateOfBirth, Gender Gender, string EthnicityCode, string? PlaceOfBirth, string? Address);

/// <summary>What other modules may read of a student's profile (the học bạ, certificates); no permission check (the caller checks).</summary>
public interface IStudentParticulars
{
    Task<IReadOnlyDictionary<Guid, StudentParticulars>> FindManyAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken ct = default);
}

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

/// <summary>Kết quả rèn luyện of a term (Tot, Kha, Dat, ChuaDat; null clears it) with the GVCN's comment (TT22 Điều 8).</summary>
public sealed record ConductEntry(Guid StudentId, string? Conduct, string? Comment = null);

/// <summary>Sessions absent (buổi), with or without permission, until the attendance module counts them.</summary>
public sealed record AbsenceEntry(Guid StudentId, int? Absences);

public sealed record CommentEntry(Guid StudentId, string? Comment);

/// <summary>After the summer: the re-assessed conduct (Điều 13) and the re-test results by subject code, "5.5" or "D"/"CD" (Điều 14).</summary>
public sealed record SummerEntry(Guid StudentId, string? Conduct, IReadOnlyDictionary<string, string?>? Retests = null);

/// <summary>TT27 Điều 8: qualities and competences (Tot, Dat, CanCoGang) keyed as the calculator names them.</summary>
public sealed record QualitiesEntry(Guid StudentId, IReadOnlyDictionary<string, string>? Qualities, IReadOnlyDictionary<string, string>? Competences);

public sealed record HomeroomEntries<T>(IReadOnlyList<T> Entries);

public sealed record HomeroomSaved(int Changed);

public sealed record HomeroomClosed(string Period, int Students);

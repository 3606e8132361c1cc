namespace TruongSo.Web.Modules.Gradebook.Data;

/// <summary>
/// A column of the sổ điểm for one term. TT22: up to four ĐĐGtx, one ĐĐGgk, one ĐĐGck (Điều 6–7).
/// TT27 (primary) uses Gk for the mid-term and Ck for the end-of-term (end-of-year in term 2) assessment.
/// </summary>
public enum MarkColumn { Tx1 = 1, Tx2 = 2, Tx3 = 3, Tx4 = 4, Gk = 5, Ck = 6 }

/// <summary>How a mark came about, when not in the ordinary way (grading-rules.md §1.5).</summary>
public enum MarkNote { None, MakeUp, AbsentWithoutReason }

/// <summary>
/// One cell of the sổ điểm: a student's assessment in a subject, term and column. A scored subject
/// holds <see cref="Tenths"/> (0–100, one decimal as an integer so that no float ever rounds it);
/// a comment subject holds <see cref="Level"/> ("D"/"CD"; TT27 "T"/"H"/"C", with the end-of-term
/// test score in Tenths). <see cref="Version"/> is the cell's optimistic-concurrency token.
/// Stored as a cell of its student's <see cref="MarkRow"/> for the term (ADR 0018), not as a row of its own.
/// </summary>
public sealed class Mark
{
    public Guid SchoolId { get; set; }
    public Guid SchoolYearId { get; set; }
    public Guid ClassId { get; set; }
    public Guid SubjectId { get; set; }
    public Guid StudentId { get; set; }
    public int Term { get; set; }
    public MarkColumn Column { get; set; }
    public int? Tenths { get; set; }
    public string? Level { get; set; }
    public MarkNote Note { get; set; }
    public int Version { get; set; } = 1;
    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
}

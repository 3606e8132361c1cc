using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TruongSo.Web.Modules.Organization.Data;
using TruongSo.Web.Modules.People.Data;

namespace TruongSo.Web.Modules.Gradebook.Data;

/// <summary>
/// A student's marks in a subject for one term: the cells of one line of a sổ điểm page, as JSON
/// (<see cref="MarkCells"/>), each with its own version, time and author (ADR 0018). A save writes the
/// line once instead of a row per cell. <see cref="Version"/> counts the writes of the row; a line with
/// no cell left has no row.
/// </summary>
public sealed class MarkRow
{
    public Guid Id { get; set; } = Platform.Data.Uuid7.Next();
    public Guid SchoolId { get; set; }
    public Guid SchoolYearId { get; set; }
    public Guid ClassId { get; set; }
    public Guid SubjectId { get; set; }
    public Guid StudentId { get; set; }
    public int Term { get; set; }
    public int Version { get; set; } = 1;
    public string Cells { get; set; } = "{}";
    public DateTime UpdatedAt { get; set; }

    /// <summary>The cells as marks of this row's student, subject, year, term and class.</summary>
    public List<Mark> Marks() => MarkCells.Read(this);

    /// <summary>A new row holding these cells (of one student, subject, year and term), stamped with the newest of them.</summary>
    public static MarkRow Of(IReadOnlyCollection<Mark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var first = marks.First();
        return new MarkRow
        {
            SchoolId = first.SchoolId, SchoolYearId = first.SchoolYearId, ClassId = first.ClassId, SubjectId = first.SubjectId,
            StudentId = first.StudentId, Term = first.Term, Version = marks.Max(m => m.Version), UpdatedAt = marks.Max(m => m.UpdatedAt),
            Cells = MarkCells.Write(marks),
        };
    }
}

internal sealed class MarkRowConfiguration : IEntityTypeConfiguration<MarkRow>
{
    public void Configure(EntityTypeBuilder<MarkRow> b)
    {
        b.ToTable("gradebook_mark_rows");
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.StudentId, r.SubjectId, r.SchoolYearId, r.Term }).IsUnique();
        b.HasIndex(r => new { r.ClassId, r.SubjectId, r.Term });
        b.HasIndex(r => new { r.SchoolId, r.SchoolYearId });
        b.HasOne<SchoolClass>().WithMany().HasForeignKey(r => r.ClassId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Subject>().WithMany().HasForeignKey(r => r.SubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Student>().WithMany().HasForeignKey(r => r.StudentId).OnDelete(DeleteBehavior.Restrict);
    }
}

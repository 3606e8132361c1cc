using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TruongSo.Web.Modules.People.Privacy.Data;

/// <summary>
/// A member of staff opened a child's data (profile, results, transcript): the log the principal
/// reads, so that processing of a child's data can be accounted for (Nghị định 13/2023 Điều 27).
/// </summary>
public sealed class StudentDataView
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudentId { get; set; }
    public Guid SchoolId { get; set; }
    public Guid ViewerUserId { get; set; }
    public string ViewerName { get; set; } = "";

    /// <summary>ho-so, ket-qua, hoc-ba (<see cref="Contracts.StudentData"/>).</summary>
    public string What { get; set; } = "";
    public string Path { get; set; } = "";
    public DateTime ViewedAt { get; set; }
}

internal sealed class StudentDataViewConfiguration : IEntityTypeConfiguration<StudentDataView>
{
    public void Configure(EntityTypeBuilder<StudentDataView> b)
    {
        b.ToTable("people_data_views");
        b.Property(v => v.ViewerName).HasMaxLength(200);
        b.Property(v => v.What).HasMaxLength(20);
        b.Property(v => v.Path).HasMaxLength(300);
        b.HasIndex(v => new { v.SchoolId, v.ViewedAt });
        b.HasIndex(v => new { v.StudentId, v.ViewedAt });
    }
}

using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.ImportExport.Bulk;

/// <summary>Picks the bulk path of the database the context talks to.</summary>
public interface IStudentBulkWriterFactory
{
    internal IStudentBulkWriter For(AppDbContext db);
}

internal sealed class StudentBulkWriters : IStudentBulkWriterFactory
{
    private readonly SqliteStudentWriter sqlite = new();
    private readonly PostgresStudentWriter postgres = new();

    IStudentBulkWriter IStudentBulkWriterFactory.For(AppDbContext db) => db.Database.IsNpgsql() ? postgres : sqlite;
}

using TruongSo.Web.Platform.Time;
using System.Data.Common;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.ImportExport.Bulk;
using TruongSo.Web.Modules.People.ImportExport.Xlsx;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.ImportExport.Students;

public sealed record ImportRequest(Guid SchoolId, Stream File, string FileName, ImportMode Mode);

/// <summary>
/// Imports a student sheet into one school: read the whole file, checking each row alone as it
/// comes, then check the rows against each other and the database, then write in one transaction — nothing at all when
/// any row is wrong, unless the caller explicitly asked for the valid rows only. One audit entry
/// per import, carrying the counts, file name and mode (not one per row: the rows are the file).
/// </summary>
public sealed class ImportStudents(AppDbContext db, IOrgDirectory orgs, ISchoolStructure structure, AuditLog audit,
    TimeProvider clock, XlsxLimits limits, Bulk.IStudentBulkWriterFactory writers)
{
    public async Task<ImportReport> HandleAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        progress?.Report(new(ImportStage.Reading, 0, 0));
        // Each row is checked on its own while the rest of the sheet is still being read (ReadAhead).
        var today = SchoolDay.Today(clock);
        var errors = new List<ImportError>();
        var ethnicities = new Dictionary<string, string?>(StringComparer.Ordinal);
        var rows = new List<StudentRow>();
        var sheet = ImportSheet.Read(request.File, limits, StudentSheet.SheetName, StudentSheet.Columns,
            (layout, row) => rows.Add(StudentRow.Parse(row, layout, today, ethnicities, errors)), progress, ct);
        if (sheet.Layout is null)
        {
            return ImportReport.Refused(0, sheet.Errors);
        }
        progress?.Report(new(ImportStage.Validating, 0, rows.Count));
        var target = await TargetAsync(request.SchoolId, today, ct);
        var (set, _) = await new StudentPlanner(db, orgs).PlanAsync(target, rows, errors, ct);
        progress?.Report(new(ImportStage.Validating, rows.Count, rows.Count));
        var sorted = errors.OrderBy(e => e.Row).ThenBy(e => IndexOf(e.Column)).ToList();
        var skipped = sorted.Select(e => e.Row).Distinct().Count();
        if (sorted.Count > 0 && request.Mode == ImportMode.AllOrNothing)
        {
            return ImportReport.Refused(rows.Count, sorted);
        }
        progress?.Report(new(ImportStage.Writing, 0, set.NewStudents.Count + set.UpdatedStudents.Count));
        try
        {
            await WriteAsync(request, set, rows.Count, skipped, ct);
        }
        catch (DbException)
        {
            // Someone else wrote the same code or ID number between our check and our write.
            db.ChangeTracker.Clear();
            return ImportReport.Refused(rows.Count, [new(0, null, "Dữ liệu học sinh vừa được thay đổi bởi thao tác khác trong lúc nhập; chưa có gì được ghi. Hãy nhập lại tệp.")]);
        }
        progress?.Report(new(ImportStage.Writing, set.NewStudents.Count + set.UpdatedStudents.Count, set.NewStudents.Count + set.UpdatedStudents.Count));
        return new ImportReport(rows.Count, set.NewStudents.Count, set.UpdatedStudents.Count, skipped, sorted, true);
    }

    private async Task WriteAsync(ImportRequest request, StudentWriteSet set, int rowsRead, int skipped, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await writers.For(db).WriteAsync(db, set, ct);
        audit.Record(new AuditChange("students.import", "School", request.SchoolId.ToString(), null,
            new
            {
                File = Path.GetFileName(request.FileName),
                Mode = request.Mode == ImportMode.ValidOnly ? "valid-only" : "all",
                RowsRead = rowsRead,
                Created = set.NewStudents.Count,
                Updated = set.UpdatedStudents.Count,
                Skipped = skipped,
                Guardians = set.Guardians.Count,
            }, SchoolId: request.SchoolId));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task<ImportTarget> TargetAsync(Guid schoolId, DateOnly today, CancellationToken ct)
    {
        var school = await orgs.FindAsync(schoolId, ct) ?? throw new InvalidOperationException($"No school {schoolId}.");
        var province = school.ProvinceId is { } p ? await orgs.FindAsync(p, ct) : null;
        var year = await structure.CurrentYearAsync(schoolId, ct);
        var classes = year is null ? [] : await structure.ClassesAsync(year.Id, ct);
        return new ImportTarget(schoolId, province?.Code ?? "00", year,
            classes.GroupBy(c => c.Name.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First()), today, clock.GetUtcNow().UtcDateTime);
    }

    private static int IndexOf(string? header)
    {
        for (var i = 0; i < StudentSheet.Columns.Count; i++)
        {
            if (StudentSheet.Columns[i].Header == header)
            {
                return i;
            }
        }
        return -1;
    }
}

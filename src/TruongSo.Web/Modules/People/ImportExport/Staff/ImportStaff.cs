using TruongSo.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.ImportExport.Students;
using TruongSo.Web.Modules.People.ImportExport.Xlsx;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.ImportExport.Staff;

/// <summary>
/// Imports a staff sheet into one school, matched on the staff code (unique per school). Same
/// all-or-nothing / valid-only rule and one audit entry as the student import; a school has a
/// few hundred staff at most, so rows are written through EF rather than a bulk path.
/// </summary>
public sealed class ImportStaff(AppDbContext db, ISchoolStructure structure, AuditLog audit, TimeProvider clock, XlsxLimits limits)
{
    public async Task<ImportReport> HandleAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        progress?.Report(new(ImportStage.Reading, 0, 0));
        var sheet = ImportSheet.Read(request.File, limits, StaffSheet.SheetName, StaffSheet.Columns, progress, ct);
        if (sheet.Layout is not { } layout)
        {
            return ImportReport.Refused(0, sheet.Errors);
        }
        var today = SchoolDay.Today(clock);
        var subjects = (await structure.SubjectsAsync(request.SchoolId, ct)).Select(s => s.Code.ToUpperInvariant()).ToHashSet();
        var existing = await db.Set<StaffMember>().Where(s => s.SchoolId == request.SchoolId).ToDictionaryAsync(s => s.StaffCode, ct);
        var errors = new List<ImportError>();
        var parsed = sheet.Rows.Select(r => (r.Number, Fields: StaffRow.Parse(r, layout, today, subjects, errors))).ToList();
        foreach (var group in parsed.Where(p => p.Fields.StaffCode is { Length: > 0 }).GroupBy(p => p.Fields.StaffCode!, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var (number, _) in group)
            {
                errors.Add(new(number, "Mã cán bộ", $"Mã cán bộ {group.Key} trùng với dòng {string.Join(", ", group.Select(g => g.Number).Where(n => n != number))} trong tệp."));
            }
        }
        progress?.Report(new(ImportStage.Validating, parsed.Count, parsed.Count));
        var sorted = errors.OrderBy(e => e.Row).ToList();
        var failed = sorted.Select(e => e.Row).ToHashSet();
        if (sorted.Count > 0 && request.Mode == ImportMode.AllOrNothing)
        {
            return ImportReport.Refused(parsed.Count, sorted);
        }
        var (created, updated) = (0, 0);
        foreach (var (_, fields) in parsed.Where(p => !failed.Contains(p.Number)))
        {
            if (!existing.TryGetValue(fields.StaffCode!, out var member))
            {
                member = new StaffMember { SchoolId = request.SchoolId, StaffCode = fields.StaffCode!, Status = StaffStatus.Working, CreatedAt = clock.GetUtcNow().UtcDateTime };
                db.Add(member);
                created++;
            }
            else
            {
                updated++;
            }
            member.Apply(fields);
        }
        progress?.Report(new(ImportStage.Writing, 0, created + updated));
        audit.Record(new AuditChange("staff.import", "School", request.SchoolId.ToString(), null,
            new { File = Path.GetFileName(request.FileName), Mode = request.Mode == ImportMode.ValidOnly ? "valid-only" : "all", RowsRead = parsed.Count, Created = created, Updated = updated, Skipped = failed.Count },
            SchoolId: request.SchoolId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return ImportReport.Refused(parsed.Count, [new(0, null, "Hồ sơ cán bộ vừa được thay đổi bởi thao tác khác trong lúc nhập; chưa có gì được ghi. Hãy nhập lại tệp.")]);
        }
        progress?.Report(new(ImportStage.Writing, created + updated, created + updated));
        return new ImportReport(parsed.Count, created, updated, failed.Count, sorted, true);
    }
}

/// <summary>One staff row read into the fields StaffValidation checks; list values may be names ("Giáo viên") or codes.</summary>
internal static class StaffRow
{
    public static StaffFields Parse(XlsxRow row, SheetLayout layout, DateOnly today, IReadOnlyCollection<string> subjects, List<ImportError> errors)
    {
        var own = new Dictionary<string, string>();
        string? Listed(string key, IReadOnlyDictionary<string, string> list)
        {
            var text = layout.Text(row, key);
            var code = text.Length == 0 ? null : StaffSheet.Code(list, text);
            if (text.Length > 0 && code is null)
            {
                own[key] = $"{StaffSheet.Header(key)} '{text}' không hợp lệ; chọn một trong: {string.Join(", ", list.Values)}.";
            }
            return code;
        }
        var dobText = layout.Text(row, "dateOfBirth");
        var dob = CellText.Date(dobText);
        if (dobText.Length > 0 && dob is null)
        {
            own["dateOfBirth"] = $"Ngày sinh '{dobText}' không đọc được; hãy nhập dd/MM/yyyy.";
        }
        var genderText = layout.Text(row, "gender");
        var gender = CellText.Gender(genderText);
        if (gender is null && genderText.Length > 0)
        {
            own["gender"] = $"Giới tính '{genderText}' không hợp lệ; chỉ nhận Nam hoặc Nữ.";
        }
        var code = layout.Text(row, "staffCode");
        if (code.Length == 0)
        {
            own["staffCode"] = "Thiếu mã cán bộ (dùng để nhận ra cán bộ khi nhập lại).";
        }
        var phoneCell = layout.Cell(row, "phone");
        var fields = new StaffFields(code, CellText.Clean(layout.Text(row, "fullName")), dob, gender,
            CellText.PersonalId(layout.Cell(row, "personalId")) is { Length: > 0 } pid ? pid : null,
            CellText.Phone(phoneCell) ?? (phoneCell.Text is { Length: > 0 } p ? p : null), layout.Text(row, "email") is { Length: > 0 } e ? e : null,
            Listed("position", StaffCodes.Positions), Listed("qualification", StaffCodes.Qualifications),
            StaffValidation.Subjects([layout.Text(row, "mainSubjects")]), Listed("employment", StaffCodes.Employments));
        if (fields.Position is null && !own.ContainsKey("position"))
        {
            own["position"] = $"Thiếu chức vụ; chọn một trong: {string.Join(", ", StaffCodes.Positions.Values)}.";
        }
        foreach (var (key, message) in own.Concat(StaffValidation.Check(fields, today, subjects).Where(x => !own.ContainsKey(x.Key))))
        {
            errors.Add(new(row.Number, StaffSheet.Header(key), message));
        }
        return fields;
    }
}

using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.ImportExport.Bulk;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.People.ImportExport.Students;

/// <summary>The school a file is imported into, with what the rows need of it.</summary>
internal sealed record ImportTarget(Guid SchoolId, string ProvinceCode, SchoolYearRef? Year, IReadOnlyDictionary<string, ClassRef> Classes, DateOnly Today, DateTime Now);

/// <summary>
/// Checks the rows against each other and against the database, then decides what to write:
/// a row matches an existing student by code, else by ID number; a match studying at another
/// school is refused; everything else becomes an insert or an update.
/// </summary>
internal sealed class StudentPlanner(AppDbContext db, IOrgDirectory orgs)
{
    public async Task<(StudentWriteSet Set, HashSet<int> Updated)> PlanAsync(ImportTarget target, List<StudentRow> rows, List<ImportError> errors, CancellationToken ct)
    {
        FindDuplicates(rows, r => r.Code, "Mã định danh", errors);
        FindDuplicates(rows, r => r.PersonalId, "Số định danh cá nhân", errors);
        var lookup = new StudentLookup(db);
        await lookup.LoadStudentsAsync(Distinct(rows.Select(r => r.Code)), Distinct(rows.Select(r => r.PersonalId)), ct);
        var matches = new Dictionary<int, Student>();
        foreach (var row in rows)
        {
            if (await MatchAsync(target, row, lookup, errors, ct) is { } match)
            {
                matches[row.Row] = match;
            }
        }
        foreach (var row in rows.Where(r => r.ClassName is not null && !target.Classes.ContainsKey(r.ClassName.ToUpperInvariant())))
        {
            errors.Add(new(row.Row, StudentSheet.Header("className"), target.Year is null
                ? $"Lớp '{row.ClassName}': trường chưa có năm học hiện tại nên chưa xếp lớp được; hãy để trống cột Lớp."
                : $"Lớp '{row.ClassName}' không có trong năm học {target.Year.Name} của trường."));
        }
        var failed = errors.Select(e => e.Row).ToHashSet();
        var valid = rows.Where(r => !failed.Contains(r.Row)).ToList();
        var matchedIds = valid.Where(r => matches.ContainsKey(r.Row)).Select(r => matches[r.Row].Id).ToList();
        await lookup.LoadGuardiansAsync(Distinct(valid.Select(r => r.GuardianPhone)), matchedIds, ct);
        if (target.Year is not null)
        {
            await lookup.LoadPlacementsAsync(target.Year.Id, matchedIds, ct);
        }
        var inFile = rows.Select(r => r.Code).OfType<string>().Concat(lookup.ByCode.Keys);
        var codes = await NewCodesAsync(target, valid.Where(r => !matches.ContainsKey(r.Row) && r.Code is null).ToList(), inFile, lookup, ct);
        var builder = new StudentWriteBuilder(target, lookup);
        foreach (var row in valid)
        {
            builder.Add(row, matches.GetValueOrDefault(row.Row), codes.GetValueOrDefault(row.Row));
        }
        return (builder.Set, [.. valid.Where(r => matches.ContainsKey(r.Row)).Select(r => r.Row)]);
    }

    private async Task<Student?> MatchAsync(ImportTarget target, StudentRow row, StudentLookup lookup, List<ImportError> errors, CancellationToken ct)
    {
        var byCode = row.Code is null ? null : lookup.ByCode.GetValueOrDefault(row.Code);
        var byId = row.PersonalId is null ? null : lookup.ByPersonalId.GetValueOrDefault(row.PersonalId);
        if (byId is not null && byId.Id != byCode?.Id && (byCode is not null || row.Code is not null))
        {
            // The ID number belongs to someone else: either another student, or this one under another
            // code — and the lifelong code is never changed by an import.
            errors.Add(new(row.Row, "Số định danh cá nhân", $"Số định danh cá nhân {row.PersonalId} đã thuộc học sinh mã {byId.StudentCode} ({byId.FullName})."));
            return null;
        }
        var match = byCode ?? byId;
        if (match is null || match.SchoolId == target.SchoolId || match.Status != StudentStatus.Studying)
        {
            return match;
        }
        var school = await orgs.FindAsync(match.SchoolId, ct);
        errors.Add(new(row.Row, byCode is not null ? "Mã định danh" : "Số định danh cá nhân",
            $"Học sinh {match.StudentCode} ({match.FullName}) đang học tại {school?.Name ?? "trường khác"}; cần làm thủ tục chuyển trường."));
        return null;
    }

    /// <summary>Same code or ID number on two rows: both rows are named, each pointing at the other.</summary>
    private static void FindDuplicates(List<StudentRow> rows, Func<StudentRow, string?> key, string header, List<ImportError> errors)
    {
        foreach (var group in rows.Where(r => key(r) is not null).GroupBy(r => key(r)!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var numbers = group.Select(r => r.Row).ToList();
            foreach (var row in group)
            {
                var others = string.Join(", ", numbers.Where(n => n != row.Row));
                errors.Add(new(row.Row, header, $"{header} {group.Key} trùng với dòng {others} trong tệp."));
            }
        }
    }

    /// <summary>Codes for students who come without one, drawn until none clashes with the file or the database.</summary>
    private static async Task<Dictionary<int, string>> NewCodesAsync(ImportTarget target, List<StudentRow> rows, IEnumerable<string> inFile, StudentLookup lookup, CancellationToken ct)
    {
        var codes = new Dictionary<int, string>();
        var used = new HashSet<string>(inFile, StringComparer.Ordinal);
        var pending = rows;
        while (pending.Count > 0)
        {
            var drawn = pending.ToDictionary(r => r.Row, _ => StudentCodes.New(target.ProvinceCode));
            var taken = await lookup.TakenCodesAsync(drawn.Values.ToList(), ct);
            var retry = new List<StudentRow>();
            foreach (var row in pending)
            {
                var code = drawn[row.Row];
                if (taken.Contains(code) || !used.Add(code))
                {
                    retry.Add(row);
                }
                else
                {
                    codes[row.Row] = code;
                }
            }
            pending = retry;
        }
        return codes;
    }

    private static List<string> Distinct(IEnumerable<string?> values) => [.. values.OfType<string>().Distinct(StringComparer.Ordinal)];
}

using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.People.ImportExport.Xlsx;
using TruongSo.Web.Modules.People.Rules;
using TruongSo.Web.Platform.Text;

namespace TruongSo.Web.Modules.People.ImportExport.Students;

/// <summary>One data row of the student sheet, read and checked on its own (no database).</summary>
internal sealed class StudentRow
{
    public required int Row { get; init; }
    public string? Code { get; init; }
    public string? PersonalId { get; init; }
    public required string FullName { get; init; }
    public DateOnly DateOfBirth { get; init; }
    public Gender Gender { get; init; }
    /// <summary>Null when the cell was empty: Kinh for a new student, unchanged for an existing one.</summary>
    public string? EthnicityCode { get; init; }
    public string? PlaceOfBirth { get; init; }
    public string? Address { get; init; }
    public string? ClassName { get; init; }
    public DateOnly? AdmittedOn { get; init; }
    public string? SpecialNeeds { get; init; }
    public string? Exemptions { get; init; }
    public string? GuardianName { get; init; }
    public string? GuardianRelation { get; init; }
    public string? GuardianPhone { get; init; }

    /// <summary>
    /// Reads a row with the same rules as the admission form (StudentValidation), plus what only a
    /// sheet can get wrong: unreadable dates, an unknown gender word, over-long text.
    /// </summary>
    public static StudentRow Parse(XlsxRow row, SheetLayout layout, DateOnly today, Dictionary<string, string?> lookups, List<ImportError> errors)
    {
        var before = errors.Count;
        void Fail(string key, string message) => errors.Add(new(row.Number, StudentSheet.Header(key), message));
        string? Optional(string key, int max)
        {
            var text = CellText.Clean(layout.Text(row, key));
            if (text.Length > max)
            {
                Fail(key, $"{StudentSheet.Header(key)} dài {text.Length} ký tự; tối đa {max}.");
            }
            return text.Length == 0 ? null : text;
        }
        var dobText = layout.Text(row, "dateOfBirth");
        var dob = CellText.Date(dobText);
        var genderText = layout.Text(row, "gender");
        var gender = Remember(lookups, "g:" + genderText, t => CellText.Gender(t[2..]) is { } g ? g.ToString() : null) is { } named ? Enum.Parse<Gender>(named) : (Gender?)null;
        var ethnicityText = layout.Text(row, "ethnicity");
        var ethnicity = ethnicityText.Length == 0 ? "01" : Remember(lookups, "e:" + ethnicityText, t => Ethnicities.Find(t[2..]));
        var code = layout.Text(row, "studentCode").ToUpperInvariant();
        var personalId = CellText.PersonalId(layout.Cell(row, "personalId"));
        var fields = new StudentFields(code, personalId, CellText.Clean(layout.Text(row, "fullName")), dob, gender,
            ethnicity ?? ethnicityText, null, null, null, null);
        var own = new Dictionary<string, string>();
        if (dob is null && dobText.Length > 0)
        {
            own["dateOfBirth"] = $"Ngày sinh '{dobText}' không đọc được; hãy nhập dd/MM/yyyy (ví dụ 05/09/2012).";
        }
        if (gender is null && genderText.Length > 0)
        {
            own["gender"] = $"Giới tính '{genderText}' không hợp lệ; chỉ nhận Nam hoặc Nữ.";
        }
        foreach (var (key, message) in own.Concat(StudentValidation.Check(fields, today).Where(e => !own.ContainsKey(e.Key))))
        {
            Fail(key, message);
        }
        var admittedText = layout.Text(row, "admittedOn");
        var admitted = CellText.Date(admittedText);
        if (admittedText.Length > 0 && admitted is null)
        {
            Fail("admittedOn", $"Ngày nhập học '{admittedText}' không đọc được; hãy nhập dd/MM/yyyy.");
        }
        else if (admitted > today)
        {
            Fail("admittedOn", $"Ngày nhập học {admitted:dd/MM/yyyy} ở tương lai.");
        }
        var parsed = new StudentRow
        {
            Row = row.Number,
            Code = code.Length == 0 ? null : code,
            PersonalId = personalId.Length == 0 ? null : personalId,
            FullName = fields.FullName,
            DateOfBirth = dob ?? default,
            Gender = gender ?? default,
            EthnicityCode = ethnicityText.Length == 0 ? null : ethnicity,
            PlaceOfBirth = Optional("placeOfBirth", 200),
            Address = Optional("address", 300),
            ClassName = Optional("className", 20),
            AdmittedOn = admitted,
            SpecialNeeds = Optional("specialNeeds", 500),
            Exemptions = Optional("exemptions", 500),
            GuardianName = Optional("guardianName", 120),
            GuardianRelation = Remember(lookups, "r:" + layout.Text(row, "guardianRelation"), t => Relation(t[2..])),
            GuardianPhone = CellText.Phone(layout.Cell(row, "guardianPhone")),
        };
        var phoneText = layout.Text(row, "guardianPhone");
        if (phoneText.Length > 0 && parsed.GuardianPhone is null)
        {
            Fail("guardianPhone", $"Số điện thoại '{phoneText}' không hợp lệ: cần 10 chữ số, bắt đầu bằng 0.");
        }
        else if (parsed.GuardianName is not null && phoneText.Length == 0)
        {
            Fail("guardianPhone", "Có họ tên phụ huynh thì cần số điện thoại (dùng để nhận diện phụ huynh).");
        }
        else if (parsed.GuardianName is null && phoneText.Length > 0)
        {
            Fail("guardianName", "Có số điện thoại phụ huynh thì cần họ tên phụ huynh.");
        }
        var relationText = layout.Text(row, "guardianRelation");
        if (parsed.GuardianRelation is null && (relationText.Length > 0 || parsed.GuardianName is not null))
        {
            Fail("guardianRelation", $"Quan hệ '{relationText}' không hợp lệ; chọn một trong: {string.Join(", ", GuardianRelations.All.Values)}.");
        }
        parsed.Valid = errors.Count == before;
        return parsed;
    }

    public bool Valid { get; set; }

    /// <summary>"Mẹ", "me" or "nguoi giam ho" → the code GuardianRelations keeps.</summary>
    private static string? Relation(string text)
    {
        var folded = VietnameseText.Fold(text).Replace('-', ' ');
        return folded.Length == 0 ? null : GuardianRelations.All
            .FirstOrDefault(r => r.Key.Replace('-', ' ') == folded || VietnameseText.Fold(r.Value) == folded).Key;
    }

    /// <summary>
    /// Ethnicities.Find folds all 54 names per call, and gender and relation words are folded too;
    /// a file repeats a handful of values, so each distinct cell text is looked up once per import.
    /// </summary>
    private static string? Remember(Dictionary<string, string?> cache, string key, Func<string, string?> lookup)
    {
        if (!cache.TryGetValue(key, out var value))
        {
            cache[key] = value = lookup(key);
        }
        return value;
    }
}

using System.Globalization;

namespace TruongSo.Web.Modules.Organization.ManageSchoolYears;

/// <summary>The new-year form: dates typed as dd/mm/yyyy, as Vietnamese write them.</summary>
public sealed class YearInput
{
    private static readonly string[] Formats = ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "yyyy-MM-dd"];

    public int StartYear { get; set; }
    public string? Term1Start { get; set; }
    public string? Term1End { get; set; }
    public string? Term2Start { get; set; }
    public string? Term2End { get; set; }

    internal static YearInput For(int startYear)
    {
        var d = SchoolYearDates.Default(startYear);
        return new()
        {
            StartYear = startYear,
            Term1Start = Display.Date(d.Term1Start), Term1End = Display.Date(d.Term1End),
            Term2Start = Display.Date(d.Term2Start), Term2End = Display.Date(d.Term2End),
        };
    }

    /// <summary>The request, or the fields whose text is not a date.</summary>
    internal (CreateSchoolYearRequest? Request, Dictionary<string, string[]> Errors) ToRequest(Guid schoolId)
    {
        var errors = new Dictionary<string, string[]>();
        DateOnly? Parse(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null; // the handler names a missing date
            }
            if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            errors.Add(field, $"\"{text.Trim()}\" không phải là ngày; hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/{StartYear}.");
            return null;
        }
        var request = new CreateSchoolYearRequest(schoolId, StartYear,
            Parse("term1Start", Term1Start), Parse("term1End", Term1End), Parse("term2Start", Term2Start), Parse("term2End", Term2End));
        return (errors.Count == 0 ? request : null, errors);
    }
}

namespace TruongSo.Web.Modules.Organization.ManageSchoolYears;

public sealed record TermDates(DateOnly Term1Start, DateOnly Term1End, DateOnly Term2Start, DateOnly Term2End);

/// <summary>The two terms of a school year, which runs from August to July.</summary>
internal static class SchoolYearDates
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>
    /// Dates a school starts from, after the Ministry's yearly time frame (opening on 5 September,
    /// term I over by mid-January, the year over by 31 May); each school adjusts its own.
    /// </summary>
    public static TermDates Default(int startYear) =>
        new(new(startYear, 9, 5), new(startYear + 1, 1, 17), new(startYear + 1, 1, 18), new(startYear + 1, 5, 31));

    /// <summary>Every problem with the dates, by field; the dates when there is none.</summary>
    public static TermDates? Check(Dictionary<string, string[]> errors, int startYear, DateOnly? t1Start, DateOnly? t1End, DateOnly? t2Start, DateOnly? t2End)
    {
        if (startYear is < FirstYear or > LastYear)
        {
            errors.Add("startYear", $"Năm bắt đầu phải từ {FirstYear} đến {LastYear}.");
            return null;
        }
        var (from, to) = (new DateOnly(startYear, 8, 1), new DateOnly(startYear + 1, 7, 31));
        var fields = new (string Field, string Label, DateOnly? Date)[]
        {
            ("term1Start", "ngày bắt đầu học kỳ I", t1Start), ("term1End", "ngày kết thúc học kỳ I", t1End),
            ("term2Start", "ngày bắt đầu học kỳ II", t2Start), ("term2End", "ngày kết thúc học kỳ II", t2End),
        };
        var before = errors.Count;
        foreach (var (field, label, date) in fields)
        {
            if (date is null)
            {
                errors.Add(field, $"Hãy nhập {label}.");
            }
            else if (date < from || date > to)
            {
                errors.Add(field, $"{Display.Sentence(label)} phải trong năm học, từ {Display.Date(from)} đến {Display.Date(to)}.");
            }
        }
        if (errors.Count > before)
        {
            return null;
        }
        // In order: each date strictly after the one before, the error on the later field.
        for (var i = 1; i < fields.Length; i++)
        {
            if (fields[i].Date <= fields[i - 1].Date)
            {
                errors.Add(fields[i].Field, $"{Display.Sentence(fields[i].Label)} phải sau {fields[i - 1].Label} ({Display.Date(fields[i - 1].Date!.Value)}).");
            }
        }
        return errors.Count > before ? null : new TermDates(t1Start!.Value, t1End!.Value, t2Start!.Value, t2End!.Value);
    }
}

using System.Globalization;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.ContactBook.ReportCard;

/// <summary>The gradebook's ASCII codes (grade-calculator-api.md) as a report to parents prints them.</summary>
public static class ReportCardLabels
{
    /// <summary>"hk1", "hk2", "year": the periods a phiếu liên lạc reports on.</summary>
    public static readonly string[] Periods = ["hk1", "hk2", "year"];

    public static string Period(string period) => period switch { "hk1" => "Học kì I", "hk2" => "Học kì II", _ => "Cả năm" };

    /// <summary>A monthly card ("2026-10"): the month, and the term whose results so far it reports.</summary>
    public static (DateOnly Month, string Term)? Month(string period, SchoolYearRef? year)
    {
        if (!DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return null;
        }
        var secondTerm = year is null ? new DateOnly(first.Year, 1, 1) : new DateOnly(year.Term2Start.Year, year.Term2Start.Month, 1);
        return (first, first >= secondTerm ? "hk2" : "hk1");
    }

    /// <summary>ĐTB with a decimal comma, one decimal (7,8).</summary>
    public static string Score(int tenths) => new decimal(tenths, 0, 0, false, 1).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>Levels of comment subjects (TT22 Đ/CĐ; TT27 T/H/C) and results of learning and conduct (TT22, TT27, TT58).</summary>
    public static string Code(string? code) => code switch
    {
        null or "" => "",
        "D" => "Đạt",
        "CD" => "Chưa đạt",
        "T" => "Hoàn thành tốt",
        "H" => "Hoàn thành",
        "C" => "Chưa hoàn thành",
        "Tot" => "Tốt",
        "Kha" => "Khá",
        "Dat" => "Đạt",
        "ChuaDat" => "Chưa đạt",
        "Gioi" => "Giỏi",
        "TrungBinh" => "Trung bình",
        "Yeu" => "Yếu",
        "Kem" => "Kém",
        "HoanThanhXuatSac" => "Hoàn thành xuất sắc",
        "HoanThanhTot" => "Hoàn thành tốt",
        "HoanThanh" => "Hoàn thành",
        "ChuaHoanThanh" => "Chưa hoàn thành",
        "CanCoGang" => "Cần cố gắng",
        _ => code,
    };
}

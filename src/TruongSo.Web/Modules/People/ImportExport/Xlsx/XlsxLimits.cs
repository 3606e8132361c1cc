namespace TruongSo.Web.Modules.People.ImportExport.Xlsx;

/// <summary>
/// What an uploaded workbook may cost us. Bound from "Import" in configuration. The file limit
/// refuses large uploads before any parsing; the part limit counts bytes actually inflated, so a
/// zip bomb (a small file that inflates to gigabytes, or one whose headers lie) stops there.
/// </summary>
public sealed class XlsxLimits
{
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Inflated size of any one part (sheet, shared strings, styles).</summary>
    public long MaxPartBytes { get; set; } = 200L * 1024 * 1024;

    public int MaxRows { get; set; } = 50_000;

    public int MaxColumns { get; set; } = 100;

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}

/// <summary>A workbook we will not read, with the Vietnamese reason.</summary>
public sealed class XlsxException(string message) : Exception(message);

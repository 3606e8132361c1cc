using System.IO.Compression;
using System.Xml;

namespace TruongSo.Web.Modules.People.ImportExport.Xlsx;

/// <summary>
/// A forward-only xlsx reader: the zip is opened in place, sheets are streamed row by row with
/// XmlReader, and only the shared strings and the date styles are held in memory. Every part is
/// read through <see cref="BoundedStream"/>. See README.md beside ImportExportSetup.cs for why we read
/// the format ourselves rather than through a library.
/// </summary>
public sealed class XlsxWorkbook : IDisposable
{
    public const string NotAnXlsx = "Tệp không phải Excel (.xlsx) hợp lệ.";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive zip;
    private readonly XlsxLimits limits;
    private readonly List<(string Name, string Part)> sheets = [];
    private List<string>? sharedStrings;
    private string sharedStringsPart = "xl/sharedStrings.xml";
    private string stylesPart = "xl/styles.xml";
    private XlsxStyles? styles;

    private XlsxWorkbook(ZipArchive zip, XlsxLimits limits)
    {
        this.zip = zip;
        this.limits = limits;
    }

    public IReadOnlyList<string> SheetNames => [.. sheets.Select(s => s.Name)];

    /// <summary>Opens a workbook; throws <see cref="XlsxException"/> with a Vietnamese reason.</summary>
    public static XlsxWorkbook Open(Stream stream, XlsxLimits limits)
    {
        if (stream.CanSeek && stream.Length > limits.MaxFileBytes)
        {
            throw TooLarge(stream.Length, limits);
        }
        if (stream.CanSeek && stream.Length == 0)
        {
            throw new XlsxException("Tệp rỗng (0 byte).");
        }
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException or NotSupportedException)
        {
            throw new XlsxException(NotAnXlsx);
        }
        var book = new XlsxWorkbook(zip, limits);
        try
        {
            book.ReadWorkbook();
            return book;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            book.Dispose();
            throw new XlsxException(NotAnXlsx);
        }
        catch
        {
            book.Dispose();
            throw;
        }
    }

    public static XlsxException TooLarge(long bytes, XlsxLimits limits) =>
        new($"Tệp quá lớn ({XlsxLimits.Megabytes(bytes)} MB); giới hạn là {XlsxLimits.Megabytes(limits.MaxFileBytes)} MB. Hãy chia thành nhiều tệp nhỏ hơn.");

    /// <summary>The rows of a sheet as Excel numbers them; blank rows are skipped.</summary>
    public IEnumerable<XlsxRow> Rows(string sheetName)
    {
        var part = sheets.First(s => s.Name == sheetName).Part;
        sharedStrings ??= XlsxSharedStrings.Read(this, sharedStringsPart);
        styles ??= XlsxStyles.Read(this, stylesPart);
        return XlsxSheetReader.Read(this, part, sharedStrings, styles, limits);
    }

    /// <summary>A part through the byte budget, or null when the workbook lacks it.</summary>
    internal XmlReader? OpenPart(string path, XmlNameTable? names = null)
    {
        var entry = zip.GetEntry(path);
        if (entry is null)
        {
            return null;
        }
        if (entry.Length > limits.MaxPartBytes)
        {
            throw new XlsxException($"Phần '{path}' của tệp giải nén ra {XlsxLimits.Megabytes(entry.Length)} MB, vượt giới hạn {XlsxLimits.Megabytes(limits.MaxPartBytes)} MB: tệp bị từ chối.");
        }
        var stream = new BoundedStream(entry.Open(), limits.MaxPartBytes, path);
        return XmlReader.Create(stream, new XmlReaderSettings
        {
            NameTable = names,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CloseInput = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        });
    }

    private void ReadWorkbook()
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var rels = OpenPart("xl/_rels/workbook.xml.rels") ?? throw new XlsxException(NotAnXlsx))
        {
            while (rels.Read())
            {
                if (rels.NodeType != XmlNodeType.Element || rels.LocalName != "Relationship" || rels.GetAttribute("Target") is not { } target)
                {
                    continue;
                }
                var path = target.StartsWith('/') ? target[1..] : "xl/" + target;
                targets[rels.GetAttribute("Id") ?? ""] = path;
                var type = rels.GetAttribute("Type") ?? "";
                if (type.EndsWith("/sharedStrings", StringComparison.Ordinal))
                {
                    sharedStringsPart = path;
                }
                else if (type.EndsWith("/styles", StringComparison.Ordinal))
                {
                    stylesPart = path;
                }
            }
        }
        using var workbook = OpenPart("xl/workbook.xml") ?? throw new XlsxException(NotAnXlsx);
        while (workbook.Read())
        {
            if (workbook.NodeType != XmlNodeType.Element || workbook.LocalName != "sheet")
            {
                continue;
            }
            var name = workbook.GetAttribute("name");
            var rid = workbook.GetAttribute("id", RelNs);
            if (name is not null && rid is not null && targets.TryGetValue(rid, out var part) && zip.GetEntry(part) is not null)
            {
                sheets.Add((name, part));
            }
        }
        if (sheets.Count == 0)
        {
            throw new XlsxException("Tệp Excel không có trang tính (sheet) nào.");
        }
    }

    public void Dispose() => zip.Dispose();
}

/// <summary>One cell's text; <see cref="IsNumber"/> says Excel stored a number (so leading zeros of a phone number are gone).</summary>
public readonly record struct XlsxCell(string Text, bool IsNumber);

/// <summary>A row with its number as Excel shows it (1-based); <see cref="Cells"/> by column, A = 0.</summary>
public sealed record XlsxRow(int Number, XlsxCell[] Cells)
{
    public XlsxCell this[int column] => column < Cells.Length ? Cells[column] : default;

    public bool IsBlank => Cells.All(c => string.IsNullOrWhiteSpace(c.Text));
}

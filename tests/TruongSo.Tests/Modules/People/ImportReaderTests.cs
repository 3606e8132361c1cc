using System.Buffers.Binary;
using System.Text;
using TruongSo.Web.Modules.People.ImportExport.Students;
using TruongSo.Web.Modules.People.ImportExport.Xlsx;

namespace TruongSo.Tests.Modules.People;

/// <summary>The streaming xlsx reader on its own: values as Excel stores them, and the limits.</summary>
public sealed class ImportReaderTests
{
    private static readonly XlsxLimits Limits = new();

    [Fact]
    public void Cells_read_as_people_typed_them()
    {
        var file = Workbooks.Sheet("HocSinh", ["Họ và tên", "Ngày sinh", "SĐT phụ huynh", "Số định danh cá nhân", "Ghi chú"],
        [
            ["Nguyễn Văn An", new DateOnly(2012, 9, 5), 912345678, 1212345678L, 123456789012L],
            ["  Lê   Bình ", "05/09/2012", "0912345678", "001212345678", null],
        ]);

        var rows = Read(file);

        rows.Should().HaveCount(3);
        rows[1].Number.Should().Be(2);
        rows[1][0].Text.Should().Be("Nguyễn Văn An");
        rows[1][1].Should().Be(new XlsxCell("05/09/2012", false), "a date-styled number is a date");
        CellText.Phone(rows[1][2]).Should().Be("0912345678", "a phone typed as a number gets its 0 back");
        CellText.PersonalId(rows[1][3]).Should().Be("001212345678");
        rows[1][4].Text.Should().Be("123456789012", "no 1.23456789012E+11");
        CellText.Phone(rows[2][2]).Should().Be("0912345678");
        CellText.Clean(rows[2][0].Text).Should().Be("Lê Bình");
        CellText.Date(rows[2][1].Text).Should().Be(new DateOnly(2012, 9, 5));
    }

    [Fact]
    public void Inline_strings_custom_date_formats_and_sparse_columns_are_read()
    {
        const string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var file = Workbooks.Zip(
            ("xl/workbook.xml", $"<workbook xmlns=\"{ns}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Trang 1\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId7\" Type=\"x/worksheet\" Target=\"/xl/worksheets/a.xml\"/><Relationship Id=\"rId8\" Type=\"x/styles\" Target=\"s.xml\"/></Relationships>"),
            ("xl/s.xml", $"<styleSheet xmlns=\"{ns}\"><numFmts><numFmt numFmtId=\"170\" formatCode=\"[$-42A]dd/mm/yyyy;@\"/><numFmt numFmtId=\"171\" formatCode=\"&quot;d&quot;0\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"170\"/><xf numFmtId=\"171\"/></cellXfs></styleSheet>"),
            ("xl/worksheets/a.xml", $"<worksheet xmlns=\"{ns}\"><sheetData><row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><r><t>Đào </t></r><r><t xml:space=\"preserve\">Duy Từ</t></r></is></c><c r=\"D3\" s=\"1\"><v>41157</v></c><c r=\"E3\" s=\"2\"><v>7</v></c></row></sheetData></worksheet>"));

        using var book = XlsxWorkbook.Open(new MemoryStream(file), Limits);
        var row = book.Rows("Trang 1").Single();

        row.Number.Should().Be(3);
        row.Cells.Select(c => c.Text).Should().Equal(null, "Đào Duy Từ", null, "05/09/2012", "7");
    }

    [Fact]
    public void A_bomb_that_lies_about_its_size_stops_at_the_byte_budget_without_holding_it()
    {
        var bomb = LieAboutSize(Workbooks.Bomb(inflatedMegabytes: 64));
        var small = new XlsxLimits { MaxPartBytes = 8 * 1024 * 1024 };
        var before = GC.GetAllocatedBytesForCurrentThread();

        var sheet = ImportSheet.Read(new MemoryStream(bomb), small, StudentSheet.SheetName, StudentSheet.Columns);

        sheet.Layout.Should().BeNull();
        sheet.Errors.Should().ContainSingle().Which.Message.Should().ContainAny("vượt giới hạn 8 MB", XlsxWorkbook.NotAnXlsx);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(8L * 1024 * 1024, "the inflated sheet is streamed, never held");
    }

    [Fact]
    public void Too_many_rows_or_columns_are_refused()
    {
        var rows = Enumerable.Range(0, 30).Select(i => new object?[] { $"Tên {i}", "01/01/2013", "Nam" });
        var wide = Workbooks.Sheet("HocSinh", [.. Enumerable.Range(0, 26).Select(i => $"C{i}")], []);

        var tall = ImportSheet.Read(new MemoryStream(Workbooks.Sheet("HocSinh", ["Họ và tên", "Ngày sinh", "Giới tính"], rows)), new XlsxLimits { MaxRows = 20 }, "HocSinh", StudentSheet.Columns);
        var broad = ImportSheet.Read(new MemoryStream(wide), new XlsxLimits { MaxColumns = 20 }, "HocSinh", StudentSheet.Columns);

        tall.Errors.Single().Message.Should().Contain("hơn 20 dòng");
        broad.Errors.Single().Message.Should().Contain("tối đa 20 cột");
    }

    [Theory]
    [InlineData("A1", 0)]
    [InlineData("Z9", 25)]
    [InlineData("AA10", 26)]
    [InlineData("XFD1", 16383)]
    public void Column_letters_become_indexes(string reference, int column) => XlsxSheetReader.ColumnOf(reference).Should().Be(column);

    private static List<XlsxRow> Read(byte[] file)
    {
        using var book = XlsxWorkbook.Open(new MemoryStream(file), Limits);
        return [.. book.Rows(book.SheetNames[0])];
    }

    /// <summary>Rewrites the sheet's declared uncompressed size (local header and central directory) to 1 KB.</summary>
    private static byte[] LieAboutSize(byte[] zip)
    {
        var name = Encoding.ASCII.GetBytes("xl/worksheets/sheet1.xml");
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            var (nameAt, sizeAt) = signature switch { 0x04034b50 => (30, 22), 0x02014b50 => (46, 24), _ => (0, 0) };
            if (nameAt > 0 && zip.AsSpan(i + nameAt).StartsWith(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + sizeAt), 1024);
            }
        }
        return zip;
    }
}

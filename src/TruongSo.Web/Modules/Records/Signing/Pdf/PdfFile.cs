using System.Text;

namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>
/// An existing PDF read through its cross-reference sections (tables or streams, following /Prev
/// back to the original), with objects resolved on demand. Nothing here ever rewrites the file.
/// </summary>
internal sealed class PdfFile
{
    private readonly Dictionary<int, XrefEntry> xref = [];
    private readonly Dictionary<int, PdfItem> cache = [];

    private PdfFile(byte[] bytes)
    {
        Bytes = bytes;
        if (bytes.Length < 8 || Encoding.Latin1.GetString(bytes, 0, Math.Min(1024, bytes.Length)).IndexOf("%PDF-", StringComparison.Ordinal) < 0)
        {
            throw new PdfFormatException("no %PDF header");
        }
        StartXref = FindStartXref(bytes);
        Trailer = XrefReader.Read(this, StartXref, xref, out var usesStream);
        UsesXrefStream = usesStream;
    }

    public byte[] Bytes { get; }
    public int StartXref { get; }
    public PdfDict Trailer { get; }
    public bool UsesXrefStream { get; }
    public int Size => Math.Max((Trailer["Size"] as PdfAtom)?.AsInt ?? 0, xref.Count == 0 ? 0 : xref.Keys.Max() + 1);

    public static PdfFile Open(byte[] bytes) => new(bytes);

    public PdfDict Catalog => Resolve(Trailer["Root"]) as PdfDict ?? throw new PdfFormatException("no document catalog");

    public PdfItem? Resolve(PdfItem? item)
    {
        for (var depth = 0; item is PdfRef r && depth < 32; depth++)
        {
            item = GetObject(r.Number);
        }
        return item;
    }

    public PdfDict? ResolveDict(PdfItem? item) => Resolve(item) switch
    {
        PdfDict d => d,
        PdfStream s => s.Dict,
        _ => null,
    };

    public PdfItem? GetObject(int number)
    {
        if (cache.TryGetValue(number, out var hit))
        {
            return hit;
        }
        if (!xref.TryGetValue(number, out var entry) || entry.Free)
        {
            return null;
        }
        var item = entry.InStream is int streamNumber
            ? ObjectStreams.Read(this, streamNumber, entry.Offset)
            : ReadIndirect(entry.Offset, number);
        cache[number] = item;
        return item;
    }

    /// <summary>Reads "n g obj … endobj" at an offset; a stream comes back as <see cref="PdfStream"/>.</summary>
    public PdfItem ReadIndirect(int offset, int? expectedNumber = null)
    {
        var p = new PdfParser(Bytes, offset);
        var number = p.Word();
        p.Word();
        p.Expect("obj");
        if (expectedNumber is int n && number != n.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new PdfFormatException($"object {n} is not at the offset its cross-reference gives");
        }
        var item = p.ReadItem();
        if (item is not PdfDict dict || !p.TryKeyword("stream"))
        {
            return item;
        }
        var start = p.Position;
        start += Bytes[start] == '\r' ? 2 : 1;
        var length = (Resolve(dict["Length"]) as PdfAtom)?.AsInt ?? throw new PdfFormatException("stream without /Length");
        if (start + length > Bytes.Length)
        {
            throw new PdfFormatException("stream runs past the end of the file");
        }
        return new PdfStream(dict, start, length);
    }

    public ReadOnlySpan<byte> Raw(PdfStream stream) => Bytes.AsSpan(stream.DataOffset, stream.DataLength);

    private static int FindStartXref(byte[] bytes)
    {
        var tailStart = Math.Max(0, bytes.Length - 2048);
        var tail = Encoding.Latin1.GetString(bytes, tailStart, bytes.Length - tailStart);
        var at = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (at < 0)
        {
            throw new PdfFormatException("no startxref");
        }
        var p = new PdfParser(bytes, tailStart + at + "startxref".Length);
        return int.TryParse(p.Word(), out var offset) && offset > 0 && offset < bytes.Length
            ? offset
            : throw new PdfFormatException("bad startxref");
    }
}

internal readonly record struct XrefEntry(int Offset, int Generation, bool Free, int? InStream);

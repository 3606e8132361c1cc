using System.Text;

namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>Cross-reference sections (ISO 32000-1 §7.5.4 tables, §7.5.8 streams), newest first; the first entry seen for a number wins.</summary>
internal static class XrefReader
{
    public static PdfDict Read(PdfFile file, int startXref, Dictionary<int, XrefEntry> xref, out bool usesStream)
    {
        PdfDict? newest = null;
        usesStream = false;
        var seen = new HashSet<int>();
        var pending = new Stack<int>();
        pending.Push(startXref);
        while (pending.Count > 0)
        {
            var offset = pending.Pop();
            if (!seen.Add(offset) || seen.Count > 1000)
            {
                continue;
            }
            var p = new PdfParser(file.Bytes, offset);
            PdfDict trailer;
            if (p.TryKeyword("xref"))
            {
                trailer = ReadTable(p, xref);
            }
            else
            {
                trailer = ReadStream(file, offset, xref);
                usesStream |= newest is null;
            }
            newest ??= trailer;
            if ((trailer["Prev"] as PdfAtom)?.AsInt is int prev)
            {
                pending.Push(prev);
            }
            if ((trailer["XRefStm"] as PdfAtom)?.AsInt is int hybrid)
            {
                pending.Push(hybrid); // read before /Prev: a hybrid file's stream section belongs to this revision
            }
        }
        return newest ?? throw new PdfFormatException("no trailer");
    }

    private static PdfDict ReadTable(PdfParser p, Dictionary<int, XrefEntry> xref)
    {
        while (!p.TryKeyword("trailer"))
        {
            var first = int.Parse(p.Word(), System.Globalization.CultureInfo.InvariantCulture);
            var count = int.Parse(p.Word(), System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                var offset = int.Parse(p.Word(), System.Globalization.CultureInfo.InvariantCulture);
                var generation = int.Parse(p.Word(), System.Globalization.CultureInfo.InvariantCulture);
                var kind = p.Word();
                xref.TryAdd(first + i, new XrefEntry(offset, generation, kind == "f", null));
            }
        }
        return p.ReadItem() as PdfDict ?? throw new PdfFormatException("trailer is not a dictionary");
    }

    private static PdfDict ReadStream(PdfFile file, int offset, Dictionary<int, XrefEntry> xref)
    {
        if (file.ReadIndirect(offset) is not PdfStream stream || (stream.Dict["Type"] as PdfName)?.Value != "XRef")
        {
            throw new PdfFormatException($"no cross-reference at byte {offset}");
        }
        var data = StreamDecoder.Decode(file, stream);
        var w = ((PdfArray)stream.Dict["W"]!).Items.Select(i => ((PdfAtom)i).AsInt ?? 0).ToArray();
        var size = ((PdfAtom)stream.Dict["Size"]!).AsInt ?? 0;
        var index = (stream.Dict["Index"] as PdfArray)?.Items.Select(i => ((PdfAtom)i).AsInt ?? 0).ToArray() ?? [0, size];
        var row = w.Sum();
        var at = 0;
        for (var s = 0; s + 1 < index.Length; s += 2)
        {
            for (var i = 0; i < index[s + 1] && at + row <= data.Length; i++, at += row)
            {
                var type = w[0] == 0 ? 1 : Field(data, at, w[0]);
                var f2 = Field(data, at + w[0], w[1]);
                var f3 = Field(data, at + w[0] + w[1], w[2]);
                var entry = type switch
                {
                    0 => new XrefEntry(0, f3, true, null),
                    1 => new XrefEntry(f2, f3, false, null),
                    _ => new XrefEntry(f3, 0, false, f2),
                };
                xref.TryAdd(index[s] + i, entry);
            }
        }
        return stream.Dict;
    }

    private static int Field(byte[] data, int at, int width)
    {
        var v = 0;
        for (var i = 0; i < width; i++)
        {
            v = (v << 8) | data[at + i];
        }
        return v;
    }

    internal static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}

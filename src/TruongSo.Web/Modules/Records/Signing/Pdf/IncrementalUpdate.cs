using System.Globalization;
using System.Text;

namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>
/// An incremental update (ISO 32000-1 §7.5.6): the original bytes untouched, then new or changed
/// objects, a cross-reference section of the same kind as the file's last one, and a trailer
/// pointing back with /Prev. Earlier signatures keep covering exactly the bytes they signed.
/// </summary>
internal sealed class IncrementalUpdate(PdfFile file)
{
    private readonly MemoryStream output = Begin(file.Bytes);
    private readonly SortedDictionary<int, (long Offset, int Generation)> written = [];
    private int nextNumber = file.Size;

    public int Allocate() => nextNumber++;

    /// <summary>Where in the output the object's body starts (after "n g obj\n").</summary>
    public long Put(int number, int generation, string body)
    {
        written[number] = (output.Position, generation);
        Write($"{number} {generation} obj\n");
        var start = output.Position;
        Write(body);
        Write("\nendobj\n");
        return start;
    }

    public void PutStream(int number, PdfDict dict, byte[] data)
    {
        written[number] = (output.Position, 0);
        dict.Set("Length", PdfAtom.Number(data.Length));
        Write($"{number} 0 obj\n{dict.ToPdf()}\nstream\n");
        output.Write(data);
        Write("\nendstream\nendobj\n");
    }

    public byte[] Finish()
    {
        var trailer = file.Trailer.Copy();
        foreach (var key in new[] { "Prev", "XRefStm", "Type", "W", "Index", "Length", "Filter", "DecodeParms", "Size" })
        {
            trailer.Remove(key);
        }
        if (file.UsesXrefStream)
        {
            WriteXrefStream(trailer);
        }
        else
        {
            WriteXrefTable(trailer);
        }
        return output.ToArray();
    }

    private void WriteXrefTable(PdfDict trailer)
    {
        var at = output.Position;
        var sb = new StringBuilder("xref\n");
        foreach (var run in Runs())
        {
            sb.Append(CultureInfo.InvariantCulture, $"{run[0]} {run.Count}\n");
            foreach (var n in run)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{written[n].Offset:D10} {written[n].Generation:D5} n\r\n");
            }
        }
        trailer.Set("Size", PdfAtom.Number(nextNumber)).Set("Prev", PdfAtom.Number(file.StartXref));
        sb.Append("trailer\n").Append(trailer.ToPdf()).Append(CultureInfo.InvariantCulture, $"\nstartxref\n{at}\n%%EOF\n");
        Write(sb.ToString());
    }

    private void WriteXrefStream(PdfDict trailer)
    {
        var self = Allocate();
        written[self] = (output.Position, 0);
        var rows = new MemoryStream();
        var index = new List<PdfItem>();
        foreach (var run in Runs())
        {
            index.Add(PdfAtom.Number(run[0]));
            index.Add(PdfAtom.Number(run.Count));
            foreach (var n in run)
            {
                var (offset, generation) = written[n];
                rows.Write([1, (byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset, (byte)(generation >> 8), (byte)generation]);
            }
        }
        trailer.Set("Type", new PdfName("XRef")).Set("Size", PdfAtom.Number(nextNumber)).Set("Prev", PdfAtom.Number(file.StartXref))
            .Set("W", new PdfArray([PdfAtom.Number(1), PdfAtom.Number(4), PdfAtom.Number(2)])).Set("Index", new PdfArray(index));
        var at = output.Position;
        PutStream(self, trailer, rows.ToArray());
        Write($"startxref\n{at}\n%%EOF\n");
    }

    private List<List<int>> Runs()
    {
        var runs = new List<List<int>>();
        foreach (var n in written.Keys)
        {
            if (runs.Count > 0 && runs[^1][^1] == n - 1)
            {
                runs[^1].Add(n);
            }
            else
            {
                runs.Add([n]);
            }
        }
        return runs;
    }

    private void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));

    private static MemoryStream Begin(byte[] original)
    {
        var stream = new MemoryStream(original.Length + 65536);
        stream.Write(original);
        if (original[^1] is not (10 or 13))
        {
            stream.WriteByte(10);
        }
        return stream;
    }
}

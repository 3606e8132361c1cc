using System.IO.Compression;

namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>FlateDecode with PNG predictors (ISO 32000-1 §7.4.4), the only filter structure streams use.</summary>
internal static class StreamDecoder
{
    public static byte[] Decode(PdfFile file, PdfStream stream)
    {
        var raw = file.Raw(stream).ToArray();
        var filter = file.Resolve(stream.Dict["Filter"]);
        var name = filter switch
        {
            PdfName n => n.Value,
            PdfArray { Items.Count: 1 } a => (a.Items[0] as PdfName)?.Value,
            null => null,
            _ => "?",
        };
        var data = name switch
        {
            null => raw,
            "FlateDecode" => Inflate(raw),
            _ => throw new PdfFormatException($"unsupported filter {name} on a structure stream"),
        };
        var parms = file.ResolveDict(stream.Dict["DecodeParms"]);
        var predictor = (parms?["Predictor"] as PdfAtom)?.AsInt ?? 1;
        return predictor >= 10 ? Unpredict(data, (parms?["Columns"] as PdfAtom)?.AsInt ?? 1) : data;
    }

    // The zlib header is skipped and the Adler-32 trailer not checked: PDFsharp 6.5 omits it (standards.md §2.3).
    private static byte[] Inflate(byte[] raw)
    {
        using var input = new MemoryStream(raw, 2, raw.Length - 2);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        deflate.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Unpredict(byte[] data, int columns)
    {
        var rows = data.Length / (columns + 1);
        var result = new byte[rows * columns];
        var previous = new byte[columns];
        for (var r = 0; r < rows; r++)
        {
            var type = data[r * (columns + 1)];
            var line = result.AsSpan(r * columns, columns);
            data.AsSpan((r * (columns + 1)) + 1, columns).CopyTo(line);
            for (var i = 0; i < columns; i++)
            {
                var left = i > 0 ? line[i - 1] : 0;
                var up = previous[i];
                var upLeft = i > 0 ? previous[i - 1] : 0;
                line[i] += type switch
                {
                    1 => (byte)left,
                    2 => up,
                    3 => (byte)((left + up) / 2),
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
            }
            line.CopyTo(previous);
        }
        return result;
    }

    private static byte Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }
}

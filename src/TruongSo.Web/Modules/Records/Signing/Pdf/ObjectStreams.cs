namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>Objects compressed inside an object stream (ISO 32000-1 §7.5.7).</summary>
internal static class ObjectStreams
{
    public static PdfItem Read(PdfFile file, int streamNumber, int index)
    {
        if (file.GetObject(streamNumber) is not PdfStream stream)
        {
            throw new PdfFormatException($"object stream {streamNumber} missing");
        }
        var data = StreamDecoder.Decode(file, stream);
        var first = (stream.Dict["First"] as PdfAtom)?.AsInt ?? 0;
        var header = new PdfParser(data, 0);
        var offset = 0;
        for (var i = 0; i <= index; i++)
        {
            header.Word();
            offset = int.Parse(header.Word(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return new PdfParser(data, first + offset).ReadItem();
    }
}

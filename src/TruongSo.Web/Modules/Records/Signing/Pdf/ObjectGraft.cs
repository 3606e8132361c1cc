namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>
/// Copies objects of another PDF into an incremental update, renumbered, following references:
/// how a signature's appearance borrows the embedded font subset that PDFsharp made for it.
/// Streams keep their encoded bytes and filters.
/// </summary>
internal sealed class ObjectGraft(PdfFile source, IncrementalUpdate target)
{
    private readonly Dictionary<int, int> numbers = [];

    public PdfItem Copy(PdfItem item) => item switch
    {
        PdfRef r => new PdfRef(Map(r.Number), 0),
        PdfDict d => new PdfDict([.. d.Entries.Select(e => KeyValuePair.Create(e.Key, Copy(e.Value)))]),
        PdfArray a => new PdfArray([.. a.Items.Select(Copy)]),
        _ => item,
    };

    private int Map(int number)
    {
        if (numbers.TryGetValue(number, out var mapped))
        {
            return mapped;
        }
        mapped = target.Allocate();
        numbers[number] = mapped;
        switch (source.GetObject(number))
        {
            case PdfStream stream:
                // The length is set again from the bytes; an indirect /Length would drag in a needless object.
                target.PutStream(mapped, (PdfDict)Copy(stream.Dict.Copy().Remove("Length")), source.Raw(stream).ToArray());
                break;
            case { } other:
                target.Put(mapped, 0, Copy(other).ToPdf());
                break;
            default:
                target.Put(mapped, 0, "null");
                break;
        }
        return mapped;
    }
}

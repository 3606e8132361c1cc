using System.Globalization;
using System.Text;

namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>
/// Writes one signature as an incremental update: the signature dictionary (with a zero-filled
/// /Contents and a space-padded /ByteRange to be filled in), a merged signature field and widget on
/// the page, the page's /Annots and the AcroForm (SigFlags 3) updated. ISO 32000-1 §12.8.
/// </summary>
internal sealed class SignatureUpdate
{
    private const string ByteRangePlaceholder = "/ByteRange [0 0000000000 0000000000 0000000000]";

    public required byte[] Bytes { get; init; }
    public required int ContentsStart { get; init; } // offset of '<'
    public required int ContentsLength { get; init; } // including '<' and '>'
    public required int ByteRangeStart { get; init; }

    public static SignatureUpdate Prepare(byte[] pdf, PdfSignatureRequest request, string signerName, DateTimeOffset at, int contentsBytes)
    {
        var file = PdfFile.Open(pdf);
        if (file.Trailer["Encrypt"] is not null)
        {
            throw new SigningRefusedException("Tệp PDF đã được mã hoá; không thể ký.", "document");
        }
        var catalogRef = file.Trailer["Root"] as PdfRef ?? throw new PdfFormatException("no catalog reference");
        var pageRef = PdfPages.PageAt(file, request.PageIndex);
        var update = new IncrementalUpdate(file);
        var sigNumber = update.Allocate();
        var fieldNumber = update.Allocate();
        var apNumber = update.Allocate();

        var fields = FieldList(file, out var acroForm, out var acroRef);
        var name = request.FieldName ?? UniqueName(file, fields);
        var rect = Rectangle(file, pageRef, request.Box);
        var (apDict, apData) = SignatureAppearance.Build(update, rect[2] - rect[0], rect[3] - rect[1], signerName, request.Reason, at);

        var sig = new PdfDict().Set("Type", new PdfName("Sig")).Set("Filter", new PdfName("Adobe.PPKLite"))
            .Set("SubFilter", new PdfName("ETSI.CAdES.detached")).Set("M", PdfText.Date(at)).Set("Reason", PdfText.String(request.Reason));
        if (request.Location is not null)
        {
            sig.Set("Location", PdfText.String(request.Location));
        }
        if (request.ContactInfo is not null)
        {
            sig.Set("ContactInfo", PdfText.String(request.ContactInfo));
        }
        var contents = $"/Contents <{new string('0', contentsBytes * 2)}>";
        var sigBody = sig.ToPdf()[..^2] + ByteRangePlaceholder + contents + ">>";
        var sigStart = update.Put(sigNumber, 0, sigBody);

        var field = new PdfDict().Set("Type", new PdfName("Annot")).Set("Subtype", new PdfName("Widget")).Set("FT", new PdfName("Sig"))
            .Set("T", PdfText.String(name)).Set("V", new PdfRef(sigNumber, 0)).Set("F", PdfAtom.Number(request.Box is null ? 134 : 132))
            .Set("Rect", new PdfArray([.. rect.Select(PdfAtom.Real)])).Set("P", pageRef)
            .Set("AP", new PdfDict().Set("N", new PdfRef(apNumber, 0)));
        update.Put(fieldNumber, 0, field.ToPdf());
        update.PutStream(apNumber, apDict, apData);

        AddToPage(file, update, pageRef, new PdfRef(fieldNumber, 0));
        fields.Items.Add(new PdfRef(fieldNumber, 0));
        acroForm.Set("Fields", fields).Set("SigFlags", PdfAtom.Number(3));
        if (acroRef is not null)
        {
            update.Put(acroRef.Number, acroRef.Generation, acroForm.ToPdf());
        }
        else
        {
            update.Put(catalogRef.Number, catalogRef.Generation, file.Catalog.Copy().Set("AcroForm", acroForm).ToPdf());
        }
        var bytes = update.Finish();
        var sigText = Encoding.Latin1.GetString(bytes, (int)sigStart, sigBody.Length);
        return new SignatureUpdate
        {
            Bytes = bytes,
            ByteRangeStart = (int)sigStart + sigText.IndexOf(ByteRangePlaceholder, StringComparison.Ordinal),
            ContentsStart = (int)sigStart + sigText.IndexOf("/Contents <", StringComparison.Ordinal) + "/Contents ".Length,
            ContentsLength = (contentsBytes * 2) + 2,
        };
    }

    /// <summary>Fills /ByteRange (everything but the /Contents hex string) and returns the bytes it covers.</summary>
    public byte[] FixByteRange()
    {
        var after = ContentsStart + ContentsLength;
        var range = string.Create(CultureInfo.InvariantCulture, $"/ByteRange [0 {ContentsStart} {after} {Bytes.Length - after}]");
        var padded = range[..^1].PadRight(ByteRangePlaceholder.Length - 1) + "]";
        Encoding.Latin1.GetBytes(padded).CopyTo(Bytes, ByteRangeStart);
        var signed = new byte[Bytes.Length - ContentsLength];
        Bytes.AsSpan(0, ContentsStart).CopyTo(signed);
        Bytes.AsSpan(after).CopyTo(signed.AsSpan(ContentsStart));
        return signed;
    }

    public void FillContents(byte[] cms)
    {
        var hex = Convert.ToHexString(cms);
        if (hex.Length > ContentsLength - 2)
        {
            throw new InvalidOperationException($"signature of {cms.Length} bytes does not fit the reserved {(ContentsLength - 2) / 2}");
        }
        Encoding.Latin1.GetBytes(hex).CopyTo(Bytes, ContentsStart + 1);
    }

    private static PdfArray FieldList(PdfFile file, out PdfDict acroForm, out PdfRef? acroRef)
    {
        acroRef = file.Catalog["AcroForm"] as PdfRef;
        acroForm = file.ResolveDict(file.Catalog["AcroForm"])?.Copy() ?? new PdfDict();
        return file.Resolve(acroForm["Fields"]) is PdfArray existing ? new PdfArray([.. existing.Items]) : new PdfArray([]);
    }

    private static string UniqueName(PdfFile file, PdfArray fields)
    {
        var taken = fields.Items.Select(f => PdfText.Decode(file.ResolveDict(f)?["T"])).ToHashSet();
        var n = fields.Items.Count + 1;
        while (taken.Contains($"ChuKy{n}"))
        {
            n++;
        }
        return $"ChuKy{n}";
    }

    private static double[] Rectangle(PdfFile file, PdfRef page, SignatureBox? box)
    {
        if (box is not SignatureBox b)
        {
            return [0, 0, 0, 0];
        }
        var media = PdfPages.MediaBox(file, page);
        var top = media[3];
        return [media[0] + b.X, top - b.Y - b.Height, media[0] + b.X + b.Width, top - b.Y];
    }

    private static void AddToPage(PdfFile file, IncrementalUpdate update, PdfRef pageRef, PdfRef widget)
    {
        var page = file.ResolveDict(pageRef)!.Copy();
        if (page["Annots"] is PdfRef annotsRef && file.Resolve(annotsRef) is PdfArray shared)
        {
            update.Put(annotsRef.Number, annotsRef.Generation, new PdfArray([.. shared.Items, widget]).ToPdf());
            return;
        }
        var annots = file.Resolve(page["Annots"]) is PdfArray a ? new PdfArray([.. a.Items, widget]) : new PdfArray([widget]);
        update.Put(pageRef.Number, pageRef.Generation, page.Set("Annots", annots).ToPdf());
    }
}

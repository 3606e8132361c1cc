namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>Finds the n-th page through the page tree (ISO 32000-1 §7.7.3).</summary>
internal static class PdfPages
{
    public static PdfRef PageAt(PdfFile file, int index)
    {
        var node = file.Catalog["Pages"] as PdfRef ?? throw new PdfFormatException("no page tree");
        for (var depth = 0; depth < 64; depth++)
        {
            var dict = file.ResolveDict(node) ?? throw new PdfFormatException("broken page tree");
            if ((dict["Type"] as PdfName)?.Value == "Page" || dict["Kids"] is null)
            {
                return index == 0 ? node : throw new PdfFormatException("page index out of range");
            }
            var kids = file.Resolve(dict["Kids"]) as PdfArray ?? throw new PdfFormatException("broken page tree");
            PdfRef? next = null;
            foreach (var kid in kids.Items.OfType<PdfRef>())
            {
                var kidDict = file.ResolveDict(kid);
                var count = kidDict is not null && (kidDict["Type"] as PdfName)?.Value == "Pages" ? (file.Resolve(kidDict["Count"]) as PdfAtom)?.AsInt ?? 0 : 1;
                if (index < count)
                {
                    next = kid;
                    break;
                }
                index -= count;
            }
            node = next ?? throw new SigningRefusedException("Trang đặt chữ ký không có trong tài liệu.", "pageIndex");
        }
        throw new PdfFormatException("page tree too deep");
    }

    /// <summary>The page's MediaBox (inherited if need be) as [llx lly urx ury].</summary>
    public static double[] MediaBox(PdfFile file, PdfRef page)
    {
        PdfItem? node = page;
        for (var depth = 0; node is not null && depth < 64; depth++)
        {
            var dict = file.ResolveDict(node);
            if (file.Resolve(dict?["MediaBox"]) is PdfArray box)
            {
                return [.. box.Items.Select(i => double.Parse(((PdfAtom)file.Resolve(i)!).Text, System.Globalization.CultureInfo.InvariantCulture))];
            }
            node = dict?["Parent"];
        }
        return [0, 0, 595.276, 841.89];
    }
}

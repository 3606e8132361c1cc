using System.Text;
using System.Xml;

namespace TruongSo.Web.Modules.People.ImportExport.Xlsx;

/// <summary>The workbook's shared string table (cells of type "s" point into it by index).</summary>
internal static class XlsxSharedStrings
{
    public static List<string> Read(XlsxWorkbook book, string part)
    {
        var strings = new List<string>();
        using var xml = book.OpenPart(part);
        if (xml is null)
        {
            return strings;
        }
        var text = new StringBuilder();
        var (inText, inPhonetic) = (false, false);
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (xml.LocalName == "si")
                    {
                        text.Clear();
                        if (xml.IsEmptyElement)
                        {
                            strings.Add("");
                        }
                    }
                    // Phonetic runs (East Asian readings) are not part of the cell's text.
                    inPhonetic |= xml.LocalName == "rPh" && !xml.IsEmptyElement;
                    inText = xml.LocalName == "t" && !xml.IsEmptyElement && !inPhonetic;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when inText:
                    text.Append(xml.Value);
                    break;
                case XmlNodeType.EndElement:
                    inText = false;
                    inPhonetic &= xml.LocalName != "rPh";
                    if (xml.LocalName == "si")
                    {
                        strings.Add(text.ToString());
                    }
                    break;
                default:
                    break;
            }
        }
        return strings;
    }
}

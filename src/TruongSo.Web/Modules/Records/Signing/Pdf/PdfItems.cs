using System.Text;

namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>
/// Just enough of the PDF object model (ISO 32000-1 §7.3) to read a file's structure and write an
/// incremental update. Strings and numbers keep their original spelling, so objects copied into
/// an update are byte-for-byte what the author wrote.
/// </summary>
internal abstract record PdfItem
{
    public abstract void WriteTo(StringBuilder sb);

    public string ToPdf()
    {
        var sb = new StringBuilder();
        WriteTo(sb);
        return sb.ToString();
    }
}

/// <summary>A name, stored without the slash and with any #xx escapes as written.</summary>
internal sealed record PdfName(string Value) : PdfItem
{
    public override void WriteTo(StringBuilder sb) => sb.Append('/').Append(Value);
}

internal sealed record PdfRef(int Number, int Generation) : PdfItem
{
    public override void WriteTo(StringBuilder sb) => sb.Append(Number).Append(' ').Append(Generation).Append(" R");
}

/// <summary>A number, boolean, null or string, kept exactly as written (Latin-1 text = raw bytes).</summary>
internal sealed record PdfAtom(string Text) : PdfItem
{
    public override void WriteTo(StringBuilder sb) => sb.Append(Text);

    public int? AsInt => int.TryParse(Text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    public long? AsLong => long.TryParse(Text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    public static PdfAtom Number(long value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static PdfAtom Real(double value) => new(value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
}

internal sealed record PdfArray(List<PdfItem> Items) : PdfItem
{
    public override void WriteTo(StringBuilder sb)
    {
        sb.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }
            Items[i].WriteTo(sb);
        }
        sb.Append(']');
    }
}

internal sealed record PdfDict(List<KeyValuePair<string, PdfItem>> Entries) : PdfItem
{
    public PdfDict() : this([]) { }

    public PdfItem? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

    public PdfDict Copy() => new([.. Entries]);

    public PdfDict Set(string key, PdfItem value)
    {
        var i = Entries.FindIndex(e => e.Key == key);
        if (i >= 0)
        {
            Entries[i] = new(key, value);
        }
        else
        {
            Entries.Add(new(key, value));
        }
        return this;
    }

    public PdfDict Remove(string key)
    {
        Entries.RemoveAll(e => e.Key == key);
        return this;
    }

    public override void WriteTo(StringBuilder sb)
    {
        sb.Append("<<");
        foreach (var (key, value) in Entries)
        {
            sb.Append('/').Append(key).Append(' ');
            value.WriteTo(sb);
        }
        sb.Append(">>");
    }
}

/// <summary>A stream object as found in a file: its dictionary and where its raw (still encoded) bytes are.</summary>
internal sealed record PdfStream(PdfDict Dict, int DataOffset, int DataLength) : PdfItem
{
    public override void WriteTo(StringBuilder sb) => throw new InvalidOperationException("A stream is written by the update, not inline.");
}

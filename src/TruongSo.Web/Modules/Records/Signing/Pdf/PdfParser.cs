using System.Text;

namespace TruongSo.Web.Modules.Records.Signing.Pdf;

/// <summary>Reads PDF objects from bytes (ISO 32000-1 §7.2–7.3). Throws <see cref="PdfFormatException"/> on anything it cannot read.</summary>
internal sealed class PdfParser(byte[] bytes, int position)
{
    public int Position { get; set; } = position;

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipWhite()
    {
        while (Position < bytes.Length)
        {
            if (IsWhite(bytes[Position]))
            {
                Position++;
            }
            else if (bytes[Position] == '%')
            {
                while (Position < bytes.Length && bytes[Position] is not (10 or 13))
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>A bare word (number, keyword) at the position, or "" at a delimiter.</summary>
    public string Word()
    {
        SkipWhite();
        var start = Position;
        while (Position < bytes.Length && !IsWhite(bytes[Position]) && !IsDelimiter(bytes[Position]))
        {
            Position++;
        }
        return Encoding.Latin1.GetString(bytes, start, Position - start);
    }

    public bool TryKeyword(string keyword)
    {
        var save = Position;
        if (Word() == keyword)
        {
            return true;
        }
        Position = save;
        return false;
    }

    public void Expect(string keyword)
    {
        var at = Position;
        if (!TryKeyword(keyword))
        {
            throw new PdfFormatException($"expected '{keyword}' at byte {at}");
        }
    }

    public PdfItem ReadItem()
    {
        SkipWhite();
        if (Position >= bytes.Length)
        {
            throw new PdfFormatException("unexpected end of file");
        }
        var b = bytes[Position];
        if (b == '/')
        {
            Position++;
            return new PdfName(Word());
        }
        if (b == '[')
        {
            Position++;
            var items = new List<PdfItem>();
            while (true)
            {
                SkipWhite();
                if (Position < bytes.Length && bytes[Position] == ']')
                {
                    Position++;
                    return new PdfArray(items);
                }
                items.Add(ReadItem());
            }
        }
        if (b == '<' && Position + 1 < bytes.Length && bytes[Position + 1] == '<')
        {
            return ReadDict();
        }
        if (b == '<')
        {
            var end = Array.IndexOf(bytes, (byte)'>', Position);
            if (end < 0)
            {
                throw new PdfFormatException("unterminated hex string");
            }
            var hex = Encoding.Latin1.GetString(bytes, Position, end + 1 - Position);
            Position = end + 1;
            return new PdfAtom(hex);
        }
        if (b == '(')
        {
            return ReadLiteralString();
        }
        var word = Word();
        if (word.Length == 0)
        {
            throw new PdfFormatException($"unexpected '{(char)b}' at byte {Position}");
        }
        if (int.TryParse(word, out var number) && number >= 0 && !word.Contains('.', StringComparison.Ordinal))
        {
            var save = Position;
            var second = Word();
            if (int.TryParse(second, out var generation) && Word() == "R")
            {
                return new PdfRef(number, generation);
            }
            Position = save;
        }
        return new PdfAtom(word);
    }

    private PdfDict ReadDict()
    {
        Position += 2;
        var dict = new PdfDict();
        while (true)
        {
            SkipWhite();
            if (Position + 1 < bytes.Length && bytes[Position] == '>' && bytes[Position + 1] == '>')
            {
                Position += 2;
                return dict;
            }
            if (ReadItem() is not PdfName key)
            {
                throw new PdfFormatException($"dictionary key expected near byte {Position}");
            }
            dict.Entries.Add(new(key.Value, ReadItem()));
        }
    }

    private PdfAtom ReadLiteralString()
    {
        var start = Position;
        var depth = 0;
        while (Position < bytes.Length)
        {
            var c = bytes[Position++];
            if (c == '\\')
            {
                Position++;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return new PdfAtom(Encoding.Latin1.GetString(bytes, start, Position - start));
            }
        }
        throw new PdfFormatException("unterminated string");
    }
}

public sealed class PdfFormatException(string message) : Exception(message);

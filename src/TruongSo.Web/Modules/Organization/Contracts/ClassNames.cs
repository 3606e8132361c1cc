using System.Globalization;

namespace TruongSo.Web.Modules.Organization.Contracts;

/// <summary>
/// Class names as schools write them: "7A1" is grade 7, class A1. Lists sort naturally
/// (6A1, 6A2, …, 6A10), which no database collation does, so sorting happens in code.
/// </summary>
public static class ClassNames
{
    /// <summary>Natural order: runs of digits compare as numbers, the rest ignoring case.</summary>
    public static readonly IComparer<string> Natural = Comparer<string>.Create(Compare);

    /// <summary>The number a name starts with ("10A1" → 10), if any.</summary>
    public static int? LeadingNumber(string name)
    {
        var digits = name.TakeWhile(char.IsAsciiDigit).Count();
        return digits is > 0 and < 4 ? int.Parse(name.AsSpan(0, digits), CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The name of the class a year later: "7A1" → "8A1"; a name not led by its grade stays.</summary>
    public static string Successor(string name, int grade) =>
        LeadingNumber(name) == grade ? (grade + 1).ToString(CultureInfo.InvariantCulture) + name[grade.ToString(CultureInfo.InvariantCulture).Length..] : name;

    public static int Compare(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }
        var (i, j) = (0, 0);
        while (i < a.Length && j < b.Length)
        {
            var (runA, runB) = (Run(a, i), Run(b, j));
            var textA = a.AsSpan(i, runA);
            var textB = b.AsSpan(j, runB);
            var order = char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j])
                ? CompareNumbers(textA, textB)
                : textA.CompareTo(textB, StringComparison.OrdinalIgnoreCase);
            if (order != 0)
            {
                return order;
            }
            (i, j) = (i + runA, j + runB);
        }
        var byLength = (a.Length - i).CompareTo(b.Length - j);
        return byLength != 0 ? byLength : string.CompareOrdinal(a, b);
    }

    private static int Run(string s, int start)
    {
        var digit = char.IsAsciiDigit(s[start]);
        var end = start;
        while (end < s.Length && char.IsAsciiDigit(s[end]) == digit)
        {
            end++;
        }
        return end - start;
    }

    private static int CompareNumbers(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        a = a.TrimStart('0');
        b = b.TrimStart('0');
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.CompareTo(b, StringComparison.Ordinal);
    }
}

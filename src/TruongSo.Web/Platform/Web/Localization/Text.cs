using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace TruongSo.Web.Platform.Web.Localization;

/// <summary>
/// UI text. Vietnamese is the source language and the key; each module's *.en.json (embedded)
/// holds English renderings. A string without a translation shows in Vietnamese, not as a key.
/// </summary>
public sealed class Text
{
    private readonly FrozenDictionary<string, string> english;

    public Text()
    {
        var assembly = typeof(Text).Assembly;
        var merged = new Dictionary<string, string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".en.json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            foreach (var (vi, en) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [])
            {
                merged[vi] = en;
            }
        }
        english = merged.ToFrozenDictionary();
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string this[string vietnamese] => IsEnglish && english.TryGetValue(vietnamese, out var en) ? en : vietnamese;

    public string Format(string vietnamese, params object[] args) => string.Format(CultureInfo.CurrentCulture, this[vietnamese], args);

    internal IReadOnlyCollection<string> EnglishKeys => english.Keys;
}

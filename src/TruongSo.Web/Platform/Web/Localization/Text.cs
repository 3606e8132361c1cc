using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace TruongSo.Web.Platform.Web.Localization;

/// <summary>
/// UI text. Vietnamese is the source language and the key; en.json holds English renderings.
/// A string without a translation shows in Vietnamese rather than as a key.
/// </summary>
public sealed class Text
{
    private readonly FrozenDictionary<string, string> english;

    public Text()
    {
        using var stream = typeof(Text).Assembly.GetManifestResourceStream("TruongSo.Web.Platform.Web.Localization.en.json")
            ?? throw new InvalidOperationException("en.json is not embedded.");
        english = (JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? []).ToFrozenDictionary();
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string this[string vietnamese] => IsEnglish && english.TryGetValue(vietnamese, out var en) ? en : vietnamese;

    public string Format(string vietnamese, params object[] args) => string.Format(CultureInfo.CurrentCulture, this[vietnamese], args);

    internal IReadOnlyCollection<string> EnglishKeys => english.Keys;
}

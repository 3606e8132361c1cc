using System.Globalization;

namespace TruongSo.Web.Modules.Organization;

/// <summary>How the module writes values for people: dates as dd/MM/yyyy, whatever the UI language.</summary>
internal static class Display
{
    public static string Date(DateOnly date) => date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    public static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

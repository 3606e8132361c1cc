using System.Text.Json;
using System.Text.RegularExpressions;

namespace TruongSo.Tests.Modules.Organization;

/// <summary>Every piece of the module's page text has its English rendering in Organization.en.json.</summary>
public sealed partial class TranslationTests
{
    [Fact]
    public void Every_page_string_of_the_module_is_translated()
    {
        var module = Path.Combine(SourceRoot(), "Modules", "Organization");
        var english = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(module, "Organization.en.json")))!;
        var used = Directory.EnumerateFiles(module, "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => PageText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        used.Should().NotBeEmpty();
        used.Where(s => !english.ContainsKey(s)).Should().BeEmpty();
        english.Values.Should().OnlyContain(v => v.Length > 0);
    }

    [GeneratedRegex("(?:T\\[|T\\.Format\\(|Label=)\"([^\"]+)\"")]
    private static partial Regex PageText();

    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "TruongSo.slnx")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir.FullName, "src", "TruongSo.Web");
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace TruongSo.Tests.Modules.People;

/// <summary>Every piece of the People pages' text has its English rendering in People.en.json (import/export pages keep their own).</summary>
public sealed partial class PeopleTranslationTests
{
    [Fact]
    public void Every_page_string_of_the_module_is_translated()
    {
        var module = Path.Combine(SourceRoot(), "Modules", "People");
        var english = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(module, "People.en.json")))!;
        var used = Directory.EnumerateFiles(module, "*.razor", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}ImportExport{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => PageText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        used.Should().NotBeEmpty();
        used.Where(s => !english.ContainsKey(s)).Should().BeEmpty();
        english.Values.Should().OnlyContain(v => v.Length > 0);
    }

    [GeneratedRegex("(?:T\\[|T\\.Format\\()\"([^\"]+)\"")]
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

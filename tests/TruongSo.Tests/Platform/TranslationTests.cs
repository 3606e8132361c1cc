using System.Text.RegularExpressions;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Platform.Web.Localization;

namespace TruongSo.Tests.Platform;

/// <summary>English is a switch away (DESIGN.md): every Vietnamese UI string has its English rendering.</summary>
public sealed partial class TranslationTests
{
    [Fact]
    public void Every_UI_string_has_an_English_rendering()
    {
        var english = new Text().EnglishKeys.ToHashSet();
        var source = Path.Combine(RepoRoot(), "src", "TruongSo.Web");
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(source, "*.razor", SearchOption.AllDirectories))
        {
            foreach (Match m in RazorText().Matches(File.ReadAllText(file)))
            {
                used.Add(Unescape(m.Groups[1].Value));
            }
        }
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match m in NavLink().Matches(File.ReadAllText(file)))
            {
                used.Add(Unescape(m.Groups[1].Value));
                used.Add(Unescape(m.Groups[2].Value));
            }
        }
        used.UnionWith(Roles.All.Select(r => r.Name));

        used.Where(u => !english.Contains(u)).Should().BeEmpty("each needs an entry in the module's *.en.json");
        used.Should().Contain("Đăng nhập", "the scan must find the sign-in page's strings");
    }

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal);

    [GeneratedRegex(""""T(?:\.Format)?[\[\(]"((?:[^"\\]|\\.)+)"[\],]"""")]
    private static partial Regex RazorText();

    [GeneratedRegex(@"AddNavLink\(""((?:[^""\\]|\\.)+)"",\s*""[^""]*"",\s*""((?:[^""\\]|\\.)+)""")]
    private static partial Regex NavLink();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "TruongSo.slnx")))
        {
            dir = dir.Parent;
        }
        return dir.FullName;
    }
}

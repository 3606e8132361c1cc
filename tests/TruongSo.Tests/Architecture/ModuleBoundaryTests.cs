using System.Text.RegularExpressions;

namespace TruongSo.Tests.Architecture;

/// <summary>Modules meet only through each other's Contracts (STYLE.md, habit 3).</summary>
public sealed partial class ModuleBoundaryTests
{

    [Fact]
    public void Modules_reference_other_modules_only_through_Contracts()
    {
        var modules = Path.Combine(SourceRoot(), "Modules");
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(modules, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(modules, file).Replace('\\', '/');
            var own = relative.Split('/')[0];
            foreach (Match m in Reference().Matches(File.ReadAllText(file)))
            {
                var (module, part) = (m.Groups[1].Value, m.Groups[2].Value);
                var edge = $"{relative} -> {module}.{part}";
                // A foreign key needs the principal entity, so Data/ configurations may name another
                // module's entities; nothing else may cross except through Contracts.
                var foreignKey = relative.StartsWith($"{own}/Data/", StringComparison.Ordinal) && part == "Data";
                if (module != own && part != "Contracts" && !foreignKey)
                {
                    violations.Add(edge);
                }
            }
        }

        violations.Distinct().Should().BeEmpty();
    }

    [Fact]
    public void The_boundary_check_sees_a_crossing()
    {
        Reference().Match("using TruongSo.Web.Modules.Organization.Data;").Groups[2].Value.Should().Be("Data");
    }

    [GeneratedRegex(@"TruongSo\.Web\.Modules\.(\w+)\.(\w+)")]
    private static partial Regex Reference();

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

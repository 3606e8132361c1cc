using TruongSo.Rules.Grading;

namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>The TT27 form into the engine's input: every subject needs its level; tests are whole numbers.</summary>
internal static class Tt27FormReader
{
    public static Tt27Input Read(CalculatorForm form, int grade, IReadOnlyList<CalculatorRow> rows)
    {
        var subjects = new List<Tt27Subject>(rows.Count);
        foreach (var row in rows)
        {
            var test = row.Tested ? form.Whole(row.Field("kt"), $"{row.Name}, bài kiểm tra cuối năm", 10) : null;
            Tt27Level? level = form.Value(row.Field("muc")) switch { "T" => Tt27Level.T, "H" => Tt27Level.H, "C" => Tt27Level.C, _ => null };
            if (level is { } l)
            {
                subjects.Add(new Tt27Subject(row.Code, l, test) { Name = row.Name });
            }
            else
            {
                form.Errors[row.Field("muc")] = $"{row.Name}: hãy chọn mức Hoàn thành tốt, Hoàn thành hoặc Chưa hoàn thành.";
            }
        }
        return new Tt27Input(grade, subjects, Traits(form, "pc", Tt27Engine.Qualities), Traits(form, "nl", Tt27Engine.Competences));
    }

    private static Dictionary<string, Tt27Quality> Traits(CalculatorForm form, string prefix, IReadOnlyList<(string Key, string Name)> known)
    {
        var read = new Dictionary<string, Tt27Quality>();
        foreach (var (key, _) in known)
        {
            Tt27Quality? q = form.Value($"{prefix}.{key}") switch { "Tot" => Tt27Quality.Tot, "Dat" => Tt27Quality.Dat, "CanCoGang" => Tt27Quality.CanCoGang, _ => null };
            if (q is { } v)
            {
                read[key] = v;
            }
        }
        return read;
    }
}

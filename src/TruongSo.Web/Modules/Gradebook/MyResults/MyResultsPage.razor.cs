using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TruongSo.Web.Modules.Gradebook.Contracts;
using TruongSo.Web.Modules.Gradebook.ExportMarks;

namespace TruongSo.Web.Modules.Gradebook.MyResults;

/// <summary>/ket-qua-hoc-tap: a parent picks a child (children in several schools all appear), a student sees their own; this year by term.</summary>
public partial class MyResultsPage
{
    private static readonly string[] Periods = ["hk1", "hk2", "year"];

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [SupplyParameterFromQuery(Name = "hs")] private Guid? StudentId { get; set; }

    private IReadOnlyList<MyChild> children = [];
    private StudentResultsView? view;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        children = await ScopedServices.GetRequiredService<MyChildren>().HandleAsync(user);
        var chosen = StudentId ?? (children.Count > 0 ? children[0].StudentId : null);
        view = chosen is { } id ? await ScopedServices.GetRequiredService<MyResults>().HandleAsync(user, id, null) : null;
    }

    private static string PeriodName(string period) => period switch { "hk1" => "Học kì I", "hk2" => "Học kì II", _ => "Cả năm" };

    private static string Result(SubjectView subject, string period) => subject.Results.FirstOrDefault(r => r.Period == period) switch
    {
        null => "",
        { Exempt: true } => "Miễn",
        { Complete: false } => "Chưa đủ điểm",
        { Average: { } a } => GradeLabels.Score((int)(a * 10)),
        { Level: { } l } => GradeLabels.Level(l),
        _ => "",
    };

    private static string MarkLine(IReadOnlyList<MarkView> marks)
    {
        if (marks.Count == 0)
        {
            return "—";
        }
        string Of(IEnumerable<MarkView> ms) => string.Join("  ", ms.Select(m => GradeLabels.Mark(m.Score is { } s ? (int)(s * 10) : null, m.Level)));
        var tx = marks.Where(m => m.Column.StartsWith("Tx", StringComparison.Ordinal)).ToList();
        var parts = new List<string>();
        if (tx.Count > 0)
        {
            parts.Add("ĐĐGtx: " + Of(tx));
        }
        parts.AddRange(marks.Where(m => m.Column == "Gk").Select(m => "ĐĐGgk: " + Of([m])));
        parts.AddRange(marks.Where(m => m.Column == "Ck").Select(m => "ĐĐGck: " + Of([m])));
        return string.Join(" · ", parts);
    }

    private string Summer(PeriodView year) =>
        (year.SummerConductTraining ? " · Rèn luyện trong hè" : "") + (year.RetestSubjects is { Length: > 0 } r
            ? " · Kiểm tra lại: " + string.Join(", ", r.Split(',').Select(code => view!.Subjects.FirstOrDefault(s => s.Code == code)?.Name ?? code))
            : "");
}

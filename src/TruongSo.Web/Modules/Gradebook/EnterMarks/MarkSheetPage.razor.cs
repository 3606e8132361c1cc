using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace TruongSo.Web.Modules.Gradebook.EnterMarks;

/// <summary>
/// /so-diem/{class}/{subject}/{term}: the grid as a plain form (each cell an input, with the version
/// and value it was rendered with beside it, so a post sends only what the teacher changed), which
/// wwwroot/js/marks-grid.js turns into a spreadsheet that saves each change in the background.
/// </summary>
public partial class MarkSheetPage
{
    [Parameter] public Guid ClassId { get; set; }
    [Parameter] public Guid SubjectId { get; set; }
    [Parameter] public int Term { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    private SheetView? view;
    private Refusal? refusal;
    private SaveMarksResult? saved;
    private string? error;
    private string? notice;
    private Dictionary<string, string> typed = [];

    private string Api => $"/api/v1/gradebook/classes/{ClassId}/subjects/{SubjectId}/terms/{Term}/marks";

    private string Self => $"/so-diem/{ClassId}/{SubjectId}/{Term}";

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var user = (await AuthState).User;
        (view, refusal) = await ScopedServices.GetRequiredService<ReadSheet>().HandleAsync(user, ClassId, SubjectId, Term);
        if (refusal is not null && HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = refusal.Status;
        }
    }

    private async Task SaveAsync()
    {
        var form = await HttpContext.Request.ReadFormAsync();
        var kinds = view?.Columns.ToDictionary(c => c.Key, c => c.Kind) ?? [];
        var changes = new List<CellChange>();
        foreach (var (key, value) in form.Where(f => f.Key.StartsWith("c.", StringComparison.Ordinal)))
        {
            var parts = key.Split('.');
            var rendered = form[$"v.{parts[1]}.{parts[2]}"].ToString().Split('|', 2);
            if (parts.Length != 3 || !Guid.TryParse(parts[1], out var student) || rendered.Length != 2 || !int.TryParse(rendered[0], out var version)
                || !kinds.TryGetValue(parts[2], out var kind) || value.ToString().Trim() == rendered[1])
            {
                continue;
            }
            typed[key] = value.ToString();
            var (text, note) = CellText.SplitNote(value);
            changes.Add(new CellChange(student, parts[2], text, kind is CellKind.Score or CellKind.Comment ? note : null, version));
        }
        if (changes.Count == 0)
        {
            notice = T["Không có ô nào thay đổi."];
            return;
        }
        var (result, refused) = await ScopedServices.GetRequiredService<SaveMarks>()
            .HandleAsync((await AuthState).User, ClassId, SubjectId, Term, new SaveMarksRequest(changes, form["reason"]));
        if (refused is not null)
        {
            error = refused.Message;
            return; // the typed values stay in the grid, to correct and send again
        }
        (saved, typed) = (result, []);
        notice = T.Format("Đã lưu {0} ô.", result!.Saved);
        await LoadAsync();
    }

    private async Task CompleteAsync()
    {
        var (done, refused) = await ScopedServices.GetRequiredService<CompleteSheet>().HandleAsync((await AuthState).User, ClassId, SubjectId, Term);
        (notice, error) = done is null ? (null, refused!.Message) : (T["Đã đánh dấu sổ điểm nhập xong."], (string?)null);
        await LoadAsync();
    }

    private string NameOf(Guid studentId) => view?.Rows.FirstOrDefault(r => r.StudentId == studentId)?.FullName ?? "";

    private string HeadingOf(string column) => view?.Columns.FirstOrDefault(c => c.Key == column)?.Heading ?? column;

    private static string Shown(CellState cell) => CellText.Display(cell.Value, cell.Note);

    private static string When(DateTime utc) => SaveMarks.VietnamTime(utc);
}

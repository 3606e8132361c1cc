using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TruongSo.Web.Modules.Gradebook.EnterMarks;

namespace TruongSo.Web.Modules.Gradebook.ImportMarks;

/// <summary>/so-diem/{class}/{subject}/{term}/nhap: download the page as xlsx, and upload it back (the same handler as the API).</summary>
public partial class ImportMarksPage
{
    [Parameter] public Guid ClassId { get; set; }
    [Parameter] public Guid SubjectId { get; set; }
    [Parameter] public int Term { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private SheetRef? sheet;
    private string? refusal;
    private string? message;
    private MarksImportReport? report;

    protected override async Task OnInitializedAsync()
    {
        var (found, refused) = await ScopedServices.GetRequiredService<SheetFinder>().FindAsync((await AuthState).User, ClassId, SubjectId, Term, write: false);
        (sheet, refusal) = (found, refused?.Message);
    }

    private async Task ImportAsync()
    {
        if (HttpContext.Request.Form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            message = T["Chưa chọn tệp, hoặc tệp rỗng."];
            return;
        }
        await using var stream = file.OpenReadStream();
        var (done, refused) = await ScopedServices.GetRequiredService<ImportMarks>()
            .HandleAsync((await AuthState).User, ClassId, SubjectId, Term, stream, HttpContext.Request.Form["reason"].ToString());
        (report, message) = (done, refused?.Message);
    }
}

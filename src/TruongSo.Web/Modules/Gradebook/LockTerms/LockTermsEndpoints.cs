using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Gradebook.LockTerms;

internal static class LockTermsEndpoints
{
    public static void MapLockTermsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/locks", async (Guid schoolYearId, HttpContext http, ISchoolStructure structure, GradebookAccess access, SheetStates states, CancellationToken ct) =>
                await structure.YearAsync(schoolYearId, ct) is { } year && await access.CanReadSchoolAsync(http.User, year.SchoolId, ct)
                    ? Results.Ok(await states.ForYearAsync(year, ct)) : Problems.NotFound("năm học này"))
            .WithSummary("Trạng thái khoá sổ và từng sổ (chưa nhập, đang nhập, đã hoàn thành) theo kì của một năm học");
        api.MapPost("/locks", async (LockRequest request, HttpContext http, LockPeriod handler, CancellationToken ct) =>
                (await handler.LockAsync(http.User, request, ct)).ToResult(Results.Ok))
            .WithSummary("Hiệu trưởng khoá sổ một kì cho cả trường; từ chối khi còn sổ chưa hoàn thành, trừ khi confirm = true");
        api.MapPost("/locks/unlock", async (UnlockPeriodRequest request, HttpContext http, LockPeriod handler, CancellationToken ct) =>
                (await handler.UnlockAsync(http.User, request, ct)).ToResult(Results.Ok))
            .WithSummary("Hiệu trưởng mở khoá cả kì (cần lí do)");
        api.MapGet("/unlock-requests", async (Guid schoolYearId, HttpContext http, UnlockRequests handler, CancellationToken ct) =>
                (await handler.ForYearAsync(http.User, schoolYearId, ct)).ToResult(Results.Ok))
            .WithSummary("Đề nghị mở khoá của năm học: tất cả với hiệu trưởng, của mình với giáo viên");
        api.MapPost("/unlock-requests", async (UnlockRequestInput input, HttpContext http, RequestUnlock handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, input, ct)).ToResult(r => Results.Created($"/api/v1/gradebook/unlock-requests/{r.Id}", r)))
            .WithSummary("Giáo viên đề nghị mở khoá một sổ đã khoá, kèm lí do");
        api.MapPost("/unlock-requests/{id:guid}/decision", async (Guid id, UnlockDecision decision, HttpContext http, DecideUnlock handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, id, decision, ct)).ToResult(Results.Ok))
            .WithSummary("Hiệu trưởng duyệt (mở lại đúng sổ đó) hoặc từ chối đề nghị mở khoá");
        api.MapPost("/exemptions", async (ExemptionInput input, HttpContext http, RecordExemption handler, CancellationToken ct) =>
                (await handler.AddAsync(http.User, input, ct)).ToResult(r => Results.Created($"/api/v1/gradebook/exemptions/{r.Id}", r)))
            .WithSummary("Hiệu trưởng quyết định miễn một môn cho học sinh trong một kì (Điều 10–11), kèm lí do");
        api.MapDelete("/exemptions/{id:guid}", async (Guid id, string? reason, HttpContext http, RecordExemption handler, CancellationToken ct) =>
                (await handler.RemoveAsync(http.User, id, reason, ct)).ToResult(Results.Ok))
            .WithSummary("Huỷ quyết định miễn");
    }
}

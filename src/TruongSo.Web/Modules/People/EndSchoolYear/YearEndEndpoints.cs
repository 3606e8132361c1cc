namespace TruongSo.Web.Modules.People.EndSchoolYear;

internal static class YearEndEndpoints
{
    public static void MapYearEnd(this RouteGroupBuilder years)
    {
        years.MapGet("/{id:guid}/year-end-decisions", async (Guid id, HttpContext http, YearEndQuery query, CancellationToken ct) =>
                (await query.HandleAsync(http.User, id, ct)).ToResult(Results.Ok))
            .WithSummary("Các lớp của năm học với học sinh và quyết định cuối năm đã ghi");
        years.MapPost("/{id:guid}/year-end-decisions", async (Guid id, RecordDecisionsRequest request, HttpContext http, RecordDecisionsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, id, request, ct)).ToResult(Results.Ok))
            .WithSummary("Ghi quyết định cuối năm: Promote (lên lớp), Repeat (ở lại lớp), Graduate (hoàn thành chương trình); null để xoá");
        years.MapPost("/{id:guid}/roll-over", async (Guid id, HttpContext http, RollOverHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, id, ct)).ToResult(Results.Ok))
            .WithSummary("Chuyển năm học: tạo lớp năm sau, xếp lớp theo quyết định cuối năm (chạy lại không thay đổi gì)");
    }
}

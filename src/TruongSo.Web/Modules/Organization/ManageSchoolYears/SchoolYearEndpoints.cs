using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Organization.ManageSchoolYears;

internal static class SchoolYearEndpoints
{
    private const string What = "năm học này";

    public static RouteGroupBuilder MapSchoolYearEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/", ListAsync).WithSummary("Các năm học của các trường trong phạm vi (lọc theo schoolId)");
        api.MapGet("/{id:guid}", GetAsync).WithSummary("Một năm học (404 nếu ngoài phạm vi)");
        api.MapPost("/", CreateAsync).WithSummary("Tạo năm học với ngày bắt đầu, kết thúc của hai học kỳ")
            .WithDescription("Các ngày phải theo thứ tự: bắt đầu HK I < kết thúc HK I < bắt đầu HK II < kết thúc HK II, trong khoảng 01/08 năm bắt đầu đến 31/07 năm sau. Năm học mới ở trạng thái Planning.");
        api.MapPost("/{id:guid}/activate", ActivateAsync).WithSummary("Kích hoạt năm học; năm học đang diễn ra trước đó được kết thúc");
        api.MapPost("/{id:guid}/close", CloseAsync).WithSummary("Kết thúc năm học");
        return api;
    }

    private static async Task<IResult> ListAsync([AsParameters] PageQuery page, Guid? schoolId, HttpContext http, IAccessPolicy access, FindSchoolYears years, CancellationToken ct)
    {
        if (page.Problem() is { } p)
        {
            return Problems.Validation(p.Field, p.Message);
        }
        var scope = await access.ScopeAsync(http.User, Permissions.ViewOrganization, ct);
        return Results.Ok(await years.ListAsync(scope, schoolId, page, ct));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IAccessPolicy access, FindSchoolYears years, CancellationToken ct) =>
        await years.FindAsync(id, ct) is { } year && await access.GateAsync(http.User, Permissions.ViewOrganization, year.SchoolId, ct) == Gate.Open
            ? Results.Ok(year)
            : Problems.NotFound(What);

    private static async Task<IResult> CreateAsync(CreateSchoolYearRequest request, HttpContext http, IAccessPolicy access, CreateSchoolYear handler, CancellationToken ct)
    {
        if ((await access.GateAsync(http.User, Permissions.ManageOrganization, request.SchoolId, ct)).Problem("trường này") is { } refused)
        {
            return refused;
        }
        return (await handler.HandleAsync(request, ct)).ToResult(y => Results.Created($"/api/v1/school-years/{y.Id}", y));
    }

    private static Task<IResult> ActivateAsync(Guid id, HttpContext http, IAccessPolicy access, FindSchoolYears years, ChangeYearStatus handler, CancellationToken ct) =>
        ChangeAsync(id, http, access, years, () => handler.ActivateAsync(id, ct), ct);

    private static Task<IResult> CloseAsync(Guid id, HttpContext http, IAccessPolicy access, FindSchoolYears years, ChangeYearStatus handler, CancellationToken ct) =>
        ChangeAsync(id, http, access, years, () => handler.CloseAsync(id, ct), ct);

    private static async Task<IResult> ChangeAsync(Guid id, HttpContext http, IAccessPolicy access, FindSchoolYears years,
        Func<Task<Outcome<SchoolYearDto>?>> change, CancellationToken ct)
    {
        if (await years.FindAsync(id, ct) is not { } year)
        {
            return Problems.NotFound(What);
        }
        if ((await access.GateAsync(http.User, Permissions.ManageOrganization, year.SchoolId, ct)).Problem(What) is { } refused)
        {
            return refused;
        }
        return await change() is { } outcome ? outcome.ToResult(Results.Ok) : Problems.NotFound(What);
    }
}

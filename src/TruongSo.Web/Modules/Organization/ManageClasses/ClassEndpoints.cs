using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.Organization.ManageSchoolYears;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Organization.ManageClasses;

internal static class ClassEndpoints
{
    private const string What = "lớp này";

    public static RouteGroupBuilder MapClassEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/", ListAsync).WithSummary("Các lớp của một trường hoặc một năm học")
            .WithDescription("Cần schoolId hoặc schoolYearId; lọc thêm theo grade. Xếp theo năm học (mới trước), khối, rồi tên lớp theo thứ tự tự nhiên (6A2 trước 6A10).");
        api.MapGet("/{id:guid}", GetAsync).WithSummary("Một lớp (404 nếu ngoài phạm vi)");
        api.MapPost("/", CreateAsync).WithSummary("Tạo lớp trong một năm học")
            .WithDescription("Khối lớp phải thuộc các khối của trường; tên lớp (ví dụ 7A1) không trùng trong năm học.");
        api.MapPut("/{id:guid}", EditAsync).WithSummary("Đổi tên lớp hoặc phòng học")
            .WithDescription("Gửi kèm version đã đọc; nếu người khác đã sửa trước, trả về 409.");
        return api;
    }

    private static async Task<IResult> ListAsync([AsParameters] PageQuery page, Guid? schoolId, Guid? schoolYearId, int? grade,
        HttpContext http, IAccessPolicy access, FindClasses classes, CancellationToken ct)
    {
        if (page.Problem() is { } p)
        {
            return Problems.Validation(p.Field, p.Message);
        }
        if (schoolId is null && schoolYearId is null)
        {
            return Problems.Validation("schoolId", "Hãy chọn trường (schoolId) hoặc năm học (schoolYearId).");
        }
        var scope = await access.ScopeAsync(http.User, Permissions.ViewOrganization, ct);
        return Results.Ok(await classes.ListAsync(scope, new ClassFilter(schoolId, schoolYearId, grade), page, ct));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IAccessPolicy access, FindClasses classes, CancellationToken ct) =>
        await classes.FindAsync(id, ct) is { } found && await access.GateAsync(http.User, Permissions.ViewOrganization, found.SchoolId, ct) == Gate.Open
            ? Results.Ok(found)
            : Problems.NotFound(What);

    private static async Task<IResult> CreateAsync(CreateClassRequest request, HttpContext http, IAccessPolicy access, FindSchoolYears years, CreateClass handler, CancellationToken ct)
    {
        if (await years.FindAsync(request.SchoolYearId, ct) is not { } year)
        {
            return Problems.NotFound("năm học này");
        }
        if ((await access.GateAsync(http.User, Permissions.ManageOrganization, year.SchoolId, ct)).Problem("năm học này") is { } refused)
        {
            return refused;
        }
        return (await handler.HandleAsync(request, ct)).ToResult(c => Results.Created($"/api/v1/classes/{c.Id}", c));
    }

    private static async Task<IResult> EditAsync(Guid id, EditClassRequest request, HttpContext http, IAccessPolicy access, FindClasses classes, EditClass handler, CancellationToken ct)
    {
        if (await classes.FindAsync(id, ct) is not { } found)
        {
            return Problems.NotFound(What);
        }
        if ((await access.GateAsync(http.User, Permissions.ManageOrganization, found.SchoolId, ct)).Problem(What) is { } refused)
        {
            return refused;
        }
        return await handler.HandleAsync(id, request, ct) is { } outcome ? outcome.ToResult(Results.Ok) : Problems.NotFound(What);
    }
}

using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.Organization.ManageSubjects;

internal static class SubjectEndpoints
{
    private const string What = "môn học này";

    public static RouteGroupBuilder MapSubjectEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/", ListAsync).WithSummary("Danh mục môn học của các trường trong phạm vi (lọc theo schoolId)")
            .WithDescription("Mỗi môn có số tiết/năm theo khối và số lần đánh giá thường xuyên mỗi học kỳ theo Thông tư 22/2021, Điều 6 (khối 6–12).");
        api.MapGet("/{id:guid}", GetAsync).WithSummary("Một môn học (404 nếu ngoài phạm vi)");
        api.MapPost("/", AddAsync).WithSummary("Thêm môn học của trường (ví dụ Ngoại ngữ 2, Tiếng dân tộc)");
        api.MapPut("/{id:guid}", EditAsync).WithSummary("Sửa tên, hình thức đánh giá, số tiết theo khối, đang dạy hay không")
            .WithDescription("Gửi kèm version đã đọc; nếu người khác đã sửa trước, trả về 409. Mã môn không đổi.");
        return api;
    }

    private static async Task<IResult> ListAsync([AsParameters] PageQuery page, Guid? schoolId, HttpContext http, IAccessPolicy access, FindSubjects subjects, CancellationToken ct)
    {
        if (page.Problem() is { } p)
        {
            return Problems.Validation(p.Field, p.Message);
        }
        var scope = await access.ScopeAsync(http.User, Permissions.ViewOrganization, ct);
        return Results.Ok(await subjects.ListAsync(scope, schoolId, page, ct));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IAccessPolicy access, FindSubjects subjects, CancellationToken ct) =>
        await subjects.FindAsync(id, ct) is { } found && await access.GateAsync(http.User, Permissions.ViewOrganization, found.SchoolId, ct) == Gate.Open
            ? Results.Ok(found)
            : Problems.NotFound(What);

    private static async Task<IResult> AddAsync(AddSubjectRequest request, HttpContext http, IAccessPolicy access, AddSubject handler, CancellationToken ct)
    {
        if ((await access.GateAsync(http.User, Permissions.ManageOrganization, request.SchoolId, ct)).Problem("trường này") is { } refused)
        {
            return refused;
        }
        return (await handler.HandleAsync(request, ct)).ToResult(s => Results.Created($"/api/v1/subjects/{s.Id}", s));
    }

    private static async Task<IResult> EditAsync(Guid id, EditSubjectRequest request, HttpContext http, IAccessPolicy access, FindSubjects subjects, EditSubject handler, CancellationToken ct)
    {
        if (await subjects.FindAsync(id, ct) is not { } found)
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

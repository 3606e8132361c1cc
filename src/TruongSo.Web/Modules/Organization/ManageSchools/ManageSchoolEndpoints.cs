using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.Organization.ManageSchools;

/// <summary>Creating, editing and moving schools: Sở officers within their province, system administrators.</summary>
internal static class ManageSchoolEndpoints
{
    public static RouteGroupBuilder MapManageSchoolEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/", CreateAsync).WithSummary("Thêm trường vào một tỉnh/thành phố hoặc đơn vị cấp xã")
            .WithDescription("Tạo trường cùng danh mục môn học theo Chương trình GDPT 2018 cho các khối lớp của trường. Khối lớp mặc định theo cấp học.");
        api.MapPut("/{id:guid}", EditAsync).WithSummary("Sửa thông tin trường")
            .WithDescription("Gửi kèm version đã đọc; nếu người khác đã sửa trước, trả về 409 và không ghi đè.");
        api.MapPost("/{id:guid}/move", MoveAsync).WithSummary("Chuyển trường sang đơn vị khác")
            .WithDescription("Chỉ đổi đơn vị cấp trên (và tỉnh); năm học, lớp, môn học và dữ liệu của trường giữ nguyên.");
        return api;
    }

    private static async Task<IResult> CreateAsync(CreateSchoolRequest request, HttpContext http, IAccessPolicy access, CreateSchool handler, CancellationToken ct)
    {
        if ((await access.GateAsync(http.User, Permissions.ManageSchools, request.ParentId, ct)).Problem("đơn vị cấp trên này") is { } refused)
        {
            return refused;
        }
        var outcome = await handler.HandleAsync(request, ct);
        return outcome.ToResult(s => Results.Created($"/api/v1/schools/{s.Id}", s));
    }

    private static async Task<IResult> EditAsync(Guid id, EditSchoolRequest request, HttpContext http, IAccessPolicy access, EditSchool handler, CancellationToken ct)
    {
        if ((await access.GateAsync(http.User, Permissions.ManageSchools, id, ct)).Problem("trường này") is { } refused)
        {
            return refused;
        }
        return await handler.HandleAsync(id, request, ct) is { } outcome ? outcome.ToResult(Results.Ok) : Problems.NotFound("trường này");
    }

    private static async Task<IResult> MoveAsync(Guid id, MoveSchoolRequest request, HttpContext http, IAccessPolicy access, MoveSchool handler, CancellationToken ct)
    {
        // Both ends: the school leaves a unit the user manages for another they also manage.
        var refused = (await access.GateAsync(http.User, Permissions.ManageSchools, id, ct)).Problem("trường này")
            ?? (await access.GateAsync(http.User, Permissions.ManageSchools, request.ParentId, ct)).Problem("đơn vị chuyển đến");
        if (refused is not null)
        {
            return refused;
        }
        return await handler.HandleAsync(id, request, ct) is { } outcome ? outcome.ToResult(Results.Ok) : Problems.NotFound("trường này");
    }
}

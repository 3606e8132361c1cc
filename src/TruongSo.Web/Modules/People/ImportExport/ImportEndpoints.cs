using Microsoft.AspNetCore.Http.Features;
using TruongSo.Web.Modules.Access.Contracts;
using TruongSo.Web.Modules.People.ImportExport.Staff;
using TruongSo.Web.Modules.People.ImportExport.Students;
using TruongSo.Web.Modules.People.ImportExport.Xlsx;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.People.ImportExport;

/// <summary>
/// Templates, imports (multipart, field "file") and exports. Another school's lists answer 404,
/// as everywhere (ADR 0003). A refused import answers 400 with the same report as a successful one.
/// </summary>
internal static class ImportEndpoints
{
    public static void MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Nhập, xuất Excel").RequireAuthorization();
        api.MapGet("/students/import-template", () => Results.File(Templates.Students(), Templates.ContentType, "mau-nhap-hoc-sinh.xlsx"))
            .WithSummary("Tệp mẫu nhập học sinh (xlsx, tiêu đề tiếng Việt, trang Hướng dẫn)");
        api.MapGet("/staff/import-template", () => Results.File(Templates.Staff(), Templates.ContentType, "mau-nhap-can-bo.xlsx"))
            .WithSummary("Tệp mẫu nhập cán bộ, giáo viên (xlsx)");
        api.MapPost("/students/import", (Guid schoolId, string? mode, HttpContext http, ImportStudents handler, CancellationToken ct) =>
                ImportAsync(http, schoolId, mode, Permissions.ManageStudents, "học sinh của trường này", (r, c) => handler.HandleAsync(r, null, c), ct))
            .WithSummary("Nhập học sinh từ xlsx; mode=all (mặc định: có lỗi thì không ghi gì) hoặc valid-only");
        api.MapPost("/staff/import", (Guid schoolId, string? mode, HttpContext http, ImportStaff handler, CancellationToken ct) =>
                ImportAsync(http, schoolId, mode, Permissions.ManageStaff, "cán bộ của trường này", (r, c) => handler.HandleAsync(r, null, c), ct))
            .WithSummary("Nhập cán bộ, giáo viên từ xlsx; mode=all hoặc valid-only");
        api.MapGet("/students/export", (Guid schoolId, Guid? classId, HttpContext http, Exports exports, IAccessPolicy access, CancellationToken ct) =>
                ExportAsync(http, access, schoolId, Permissions.ViewStudents, "danh-sach-hoc-sinh.xlsx", () => exports.StudentsAsync(schoolId, classId, ct), ct))
            .WithSummary("Xuất danh sách học sinh (cùng cột với tệp mẫu, nhập lại được)");
        api.MapGet("/guardians/export", (Guid schoolId, Guid? classId, HttpContext http, Exports exports, IAccessPolicy access, CancellationToken ct) =>
                ExportAsync(http, access, schoolId, Permissions.ViewStudents, "danh-sach-phu-huynh.xlsx", () => exports.GuardiansAsync(schoolId, classId, ct), ct))
            .WithSummary("Xuất danh sách phụ huynh của học sinh trường");
        api.MapGet("/staff/export", (Guid schoolId, HttpContext http, Exports exports, IAccessPolicy access, CancellationToken ct) =>
                ExportAsync(http, access, schoolId, Permissions.ViewStaff, "danh-sach-can-bo.xlsx", () => exports.StaffAsync(schoolId, ct), ct))
            .WithSummary("Xuất danh sách cán bộ, giáo viên");
    }

    private static async Task<IResult> ImportAsync(HttpContext http, Guid schoolId, string? mode, string permission, string what,
        Func<ImportRequest, CancellationToken, Task<ImportReport>> import, CancellationToken ct)
    {
        if (ParseMode(mode) is not { } parsed)
        {
            return Problems.Validation("mode", "mode phải là 'all' hoặc 'valid-only'.");
        }
        var access = http.RequestServices.GetRequiredService<IAccessPolicy>();
        if (!await access.CanAsync(http.User, permission, schoolId, ct))
        {
            return Problems.NotFound(what);
        }
        var limits = http.RequestServices.GetRequiredService<XlsxLimits>();
        var (file, refusal) = await Upload.ReadAsync(http, limits, ct);
        if (file is null)
        {
            return refusal!;
        }
        await using var stream = file.OpenReadStream();
        var report = await import(new ImportRequest(schoolId, stream, file.FileName, parsed), ct);
        return report.Written ? Results.Ok(report) : Results.BadRequest(report);
    }

    public static ImportMode? ParseMode(string? mode) => mode switch
    {
        null or "" or "all" => ImportMode.AllOrNothing,
        "valid-only" => ImportMode.ValidOnly,
        _ => null,
    };

    private static async Task<IResult> ExportAsync(HttpContext http, IAccessPolicy access, Guid schoolId, string permission, string fileName,
        Func<Task<byte[]>> export, CancellationToken ct)
    {
        if (!await access.CanAsync(http.User, permission, schoolId, ct))
        {
            return Problems.NotFound("danh sách của trường này");
        }
        return Results.File(await export(), Templates.ContentType, fileName);
    }
}

/// <summary>The uploaded workbook, refused before it is read when the request is larger than the limit.</summary>
internal static class Upload
{
    private const long MultipartOverhead = 64 * 1024;

    public static async Task<(IFormFile? File, IResult? Refusal)> ReadAsync(HttpContext http, XlsxLimits limits, CancellationToken ct)
    {
        var max = limits.MaxFileBytes + MultipartOverhead;
        if (http.Request.ContentLength > max)
        {
            return (null, TooLarge(http.Request.ContentLength.Value, limits));
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = max;
        }
        if (!http.Request.HasFormContentType)
        {
            return (null, Problems.Validation("file", "Hãy gửi tệp .xlsx trong trường 'file' của biểu mẫu multipart/form-data."));
        }
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = max, ValueCountLimit = 16 }, ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return (null, TooLarge(max, limits));
        }
        return form.Files.GetFile("file") is { } file
            ? file.Length > limits.MaxFileBytes ? (null, TooLarge(file.Length, limits)) : (file, null)
            : (null, Problems.Validation("file", "Chưa chọn tệp: gửi tệp .xlsx trong trường 'file'."));
    }

    private static IResult TooLarge(long bytes, XlsxLimits limits) =>
        Results.Problem(statusCode: 413, title: "Tệp quá lớn.", detail: XlsxWorkbook.TooLarge(bytes, limits).Message, type: "https://truongso.vn/loi/tep-qua-lon");
}

using Microsoft.AspNetCore.Identity;

namespace TruongSo.Web.Platform.Errors;

/// <summary>RFC 9457 problem details with Vietnamese text and, where it applies, the offending field.</summary>
public static class Problems
{
    public static IResult Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Validation(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, detail: string.Join(" ", errors.SelectMany(e => e.Value)),
            title: "Dữ liệu không hợp lệ.", type: "https://truongso.vn/loi/du-lieu-khong-hop-le");

    public static IResult Validation(string field, IEnumerable<IdentityError> errors) =>
        Validation(field, string.Join(" ", errors.Select(e => e.Description)));

    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: 404, title: "Không tìm thấy.", detail: $"Không tìm thấy {what}.", type: "https://truongso.vn/loi/khong-tim-thay");

    public static IResult Forbidden(string? detail = null) =>
        Results.Problem(statusCode: 403, title: "Không có quyền.", detail: detail ?? "Bạn không có quyền thực hiện thao tác này.", type: "https://truongso.vn/loi/khong-co-quyen");

    public static IResult Unauthorized(string detail) =>
        Results.Problem(statusCode: 401, title: "Chưa xác thực.", detail: detail, type: "https://truongso.vn/loi/chua-xac-thuc");

    public static IResult Conflict(string detail) =>
        Results.Problem(statusCode: 409, title: "Xung đột dữ liệu.", detail: detail, type: "https://truongso.vn/loi/xung-dot");

    /// <summary>Titles for statuses that the framework produces without a body of ours.</summary>
    public static string TitleFor(int status) => status switch
    {
        400 => "Yêu cầu không hợp lệ.",
        401 => "Chưa xác thực: hãy đăng nhập hoặc gửi bearer token.",
        403 => "Không có quyền.",
        404 => "Không tìm thấy.",
        405 => "Phương thức không được hỗ trợ.",
        409 => "Xung đột dữ liệu.",
        415 => "Định dạng dữ liệu không được hỗ trợ.",
        429 => "Quá nhiều yêu cầu; vui lòng thử lại sau ít phút.",
        503 => "Hệ thống đang quá tải; vui lòng thử lại sau.",
        _ => "Đã có lỗi xảy ra.",
    };
}

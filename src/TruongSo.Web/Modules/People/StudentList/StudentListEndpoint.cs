using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;

namespace TruongSo.Web.Modules.People.StudentList;

internal static class StudentListEndpoint
{
    public static void MapStudentList(this RouteGroupBuilder students) =>
        students.MapGet("/", async ([AsParameters] PageQuery page, Guid? schoolId, Guid? classId, Guid? schoolYearId, StudentStatus? status, string? q,
                HttpContext http, FindStudents find, CancellationToken ct) =>
            page.Problem() is { } p ? Problems.Validation(p.Field, p.Message)
                : Results.Ok(await find.HandleAsync(http.User, new StudentFilter(schoolId, classId, schoolYearId, status, q), page, ct)))
            .WithSummary("Danh sách học sinh trong phạm vi của bạn, xếp theo thứ tự tiếng Việt (tên trước)")
            .WithDescription("q tìm không phân biệt dấu và hoa thường theo họ tên (\"nguyen van an\" tìm ra \"Nguyễn Văn An\"), hoặc đúng mã định danh, số định danh cá nhân.");
}

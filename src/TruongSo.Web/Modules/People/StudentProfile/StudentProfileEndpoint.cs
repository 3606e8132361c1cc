using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.People.StudentProfile;

internal static class StudentProfileEndpoint
{
    public static void MapStudentProfile(this RouteGroupBuilder students) =>
        students.MapGet("/{id:guid}", async (Guid id, HttpContext http, StudentProfileQuery query, CancellationToken ct) =>
                (await query.HandleAsync(http.User, id, ct)).ToResult(Results.Ok))
            .WithSummary("Hồ sơ học sinh: lý lịch, người giám hộ, quá trình học tại các trường, các lớp đã học (404 nếu ngoài phạm vi)")
            .LogsStudentDataView(StudentData.Profile, "id");
}

namespace TruongSo.Web.Modules.People.AdmitStudent;

internal static class AdmitStudentEndpoint
{
    public static void MapAdmitStudent(this RouteGroupBuilder students) =>
        students.MapPost("/", async (AdmitStudentRequest request, HttpContext http, AdmitStudentHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, request, ct)).ToResult(s => Results.Created($"/api/v1/students/{s.Id}", s)))
            .WithSummary("Tiếp nhận học sinh: tạo hồ sơ (hoặc nhận lại hồ sơ đã có), ghi nhận vào trường, xếp lớp nếu có")
            .WithDescription("Mã định danh được sinh khi không gửi. Học sinh đang học ở trường khác bị từ chối: hãy làm thủ tục chuyển trường.");
}

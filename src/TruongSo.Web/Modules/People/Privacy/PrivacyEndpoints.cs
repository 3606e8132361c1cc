using TruongSo.Web.Modules.People.Privacy.Consent;
using TruongSo.Web.Modules.People.Privacy.ViewLog;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.People.Privacy;

internal static class PrivacyEndpoints
{
    public static void MapFamilyPrivacy(this RouteGroupBuilder child)
    {
        child.MapGet("/consents", async (Guid studentId, HttpContext http, FamilyConsents consents, CancellationToken ct) =>
                await consents.ViewAsync(http.User, studentId, ct) is { } view ? Results.Ok(view) : Problems.NotFound(FamilyConsents.NotFound))
            .WithSummary("Sự đồng ý xử lý dữ liệu của con theo từng mục đích (Nghị định 13/2023): trạng thái và lịch sử");
        child.MapPost("/consents", async (Guid studentId, ConsentInput body, HttpContext http, FamilyConsents consents, CancellationToken ct) =>
                (await consents.RecordAsync(http.User, studentId, body, ct)).ToResult(act => Results.Created($"/api/v1/portal/children/{studentId}/consents", act)))
            .WithSummary("Cha mẹ đồng ý hoặc rút lại đồng ý cho một mục đích (purpose: hoc-tap, lien-lac, hinh-anh; given: true/false); học sinh từ 7 tuổi tự đồng ý bằng tài khoản của mình");
        child.MapGet("/data-views", async (Guid studentId, int? page, HttpContext http, ViewLogQuery log, CancellationToken ct) =>
                await log.ForFamilyAsync(http.User, studentId, page ?? 1, ct) is { } views ? Results.Ok(views) : Problems.NotFound(FamilyConsents.NotFound))
            .WithSummary("Cán bộ nhà trường nào đã xem dữ liệu của con, xem gì, khi nào");
    }

    public static void MapStaffPrivacy(this RouteGroupBuilder api)
    {
        api.MapGet("/students/{studentId:guid}/consents", async (Guid studentId, HttpContext http, StaffConsents consents, CancellationToken ct) =>
                (await consents.ViewAsync(http.User, studentId, ct)).ToResult(Results.Ok))
            .WithSummary("Sự đồng ý xử lý dữ liệu của một học sinh theo từng mục đích, kèm lịch sử (404 nếu ngoài phạm vi)");
        api.MapPost("/students/{studentId:guid}/consents", async (Guid studentId, ConsentInput body, HttpContext http, StaffConsents consents, CancellationToken ct) =>
                (await consents.RecordAsync(http.User, studentId, body, ct)).ToResult(act => Results.Created($"/api/v1/students/{studentId}/consents", act)))
            .WithSummary("Ghi nhận giấy đồng ý (hoặc rút lại) của cha mẹ (party: Guardian, guardianId) hoặc của học sinh từ 7 tuổi (party: Student); cần quyền privacy.consent");
        api.MapGet("/classes/{classId:guid}/consents", async (Guid classId, HttpContext http, StaffConsents consents, CancellationToken ct) =>
                (await consents.ClassAsync(http.User, classId, ct)).ToResult(Results.Ok))
            .WithSummary("Trạng thái đồng ý của cả lớp theo từng mục đích; cần quyền privacy.consent");
        api.MapGet("/privacy/data-views", async (Guid? schoolId, Guid? studentId, int? page, HttpContext http, ViewLogQuery log, CancellationToken ct) =>
                await log.ForSchoolsAsync(http.User, schoolId, studentId, page ?? 1, ct) is { } views ? Results.Ok(views) : Problems.NotFound("nhật ký xem dữ liệu của trường này"))
            .WithSummary("Nhật ký cán bộ xem dữ liệu học sinh (hồ sơ, kết quả, học bạ), mới nhất trước; cho hiệu trưởng (privacy.consent)");
    }
}

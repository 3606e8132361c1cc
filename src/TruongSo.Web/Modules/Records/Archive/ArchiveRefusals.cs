using TruongSo.Web.Modules.Records.Archive.Data;

namespace TruongSo.Web.Modules.Records.Archive;

/// <summary>The archive's refusals, worded once.</summary>
internal static class ArchiveRefusals
{
    public static ArchiveRefusal NotFound => new(ArchiveRefusalKind.NotFound, "Không tìm thấy tài liệu này trong kho lưu trữ.");

    public static ArchiveRefusal Invalid(string field, string message) => new(ArchiveRefusalKind.Invalid, message, field);

    public static ArchiveRefusal Conflict(string message) => new(ArchiveRefusalKind.Conflict, message);

    public static ArchiveRefusal Stale => Conflict("Tài liệu vừa được người khác thay đổi; hãy tải lại rồi thử lại.");

    /// <summary>Nothing signed or archived changes in place: an issued document is only replaced or revoked.</summary>
    public static ArchiveRefusal Closed(DocumentStatus status) => Conflict(status switch
    {
        DocumentStatus.Issued => "Tài liệu đã được ban hành nên không thể thay đổi; muốn sửa hãy lập phiên bản mới.",
        DocumentStatus.Replaced => "Tài liệu đã được thay thế bằng phiên bản mới nên không thể thay đổi.",
        DocumentStatus.Revoked => "Tài liệu đã bị thu hồi nên không thể thay đổi.",
        _ => "Tài liệu chưa được ban hành.",
    });

    public static string RoleName(SignatureStepRole role) => role switch
    {
        SignatureStepRole.Homeroom => "giáo viên chủ nhiệm",
        SignatureStepRole.Principal => "hiệu trưởng",
        _ => "con dấu của nhà trường",
    };
}

using TruongSo.Web.Modules.People.Contracts;

namespace TruongSo.Web.Modules.People;

/// <summary>Vietnamese words for the module's enumerations, as pages show them (the API sends the codes).</summary>
public static class Labels
{
    public static string Of(Gender gender) => gender == Gender.Female ? "Nữ" : "Nam";

    public static string Of(StudentStatus status) => status switch
    {
        StudentStatus.Studying => "Đang học",
        StudentStatus.TransferredOut => "Đã chuyển trường",
        StudentStatus.Withdrawn => "Đã thôi học",
        _ => "Đã hoàn thành chương trình",
    };

    public static string Of(LeaveReason reason) => reason switch
    {
        LeaveReason.Transferred => "Chuyển trường",
        LeaveReason.Withdrawn => "Thôi học",
        _ => "Hoàn thành chương trình",
    };

    public static string Of(YearEndOutcome outcome) => outcome switch
    {
        YearEndOutcome.Promote => "Lên lớp",
        YearEndOutcome.Repeat => "Ở lại lớp",
        _ => "Hoàn thành chương trình",
    };

    public static string Of(StaffStatus status) => status == StaffStatus.Left ? "Đã nghỉ" : "Đang công tác";

    /// <summary>dd/MM/yyyy, as Vietnamese forms write dates.</summary>
    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}

namespace TruongSo.Web.Modules.Attendance.Data;

/// <summary>How sessions and statuses are written in URLs, JSON and forms: "sang"/"chieu", "P"/"K"/"M".</summary>
public static class Codes
{
    public static Session? Session(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "sang" or "morning" or "1" => Data.Session.Morning,
        "chieu" or "afternoon" or "2" => Data.Session.Afternoon,
        _ => null,
    };

    public static string Of(Session session) => session == Data.Session.Morning ? "sang" : "chieu";

    public static string Vi(Session session) => session == Data.Session.Morning ? "Buổi sáng" : "Buổi chiều";

    public static MarkStatus? Status(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "P" => MarkStatus.Excused,
        "K" => MarkStatus.Unexcused,
        "M" => MarkStatus.Late,
        _ => null,
    };

    public static string Of(MarkStatus status) => status switch
    {
        MarkStatus.Excused => "P",
        MarkStatus.Unexcused => "K",
        _ => "M",
    };

    public static string Vi(MarkStatus status) => status switch
    {
        MarkStatus.Excused => "Nghỉ có phép",
        MarkStatus.Unexcused => "Nghỉ không phép",
        _ => "Đi muộn",
    };

    public static string Of(RequestState state) => state switch
    {
        RequestState.Approved => "approved",
        RequestState.Rejected => "rejected",
        _ => "pending",
    };

    public static string Vi(RequestState state) => state switch
    {
        RequestState.Approved => "Đã duyệt",
        RequestState.Rejected => "Không duyệt",
        _ => "Chờ duyệt",
    };
}

namespace TruongSo.Web.Modules.ContactBook.Notifications.Delivery;

/// <summary>The plain text of a notice outside the app: the body, the link in full, and how to stop.</summary>
internal static class NoticeText
{
    public static string Body(OutgoingNotice notice, string? baseUrl)
    {
        var lines = new List<string> { notice.Body };
        if (Absolute(notice.Link, baseUrl) is { } link)
        {
            lines.Add("");
            lines.Add($"Xem chi tiết: {link}");
        }
        lines.Add("");
        lines.Add($"Bạn nhận được tin này vì đã chọn nhận thông báo của TruongSo. Đổi lựa chọn tại {Absolute("/tai-khoan/thong-bao", baseUrl)}.");
        return string.Join("\r\n", lines);
    }

    public static string? Absolute(string? link, string? baseUrl) =>
        link is null ? null
        : link.StartsWith('/') && !string.IsNullOrWhiteSpace(baseUrl) ? baseUrl.TrimEnd('/') + link
        : link;
}

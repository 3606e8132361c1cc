namespace TruongSo.Web.Modules.ContactBook.Reach;

/// <summary>
/// Flood control for what families and teachers write (bound from "ContactBook"): per account,
/// counted in the database so that it holds across restarts and several app instances.
/// </summary>
public sealed class ContactBookLimits
{
    /// <summary>Messages (new threads and replies) an account may send in <see cref="WindowMinutes"/>.</summary>
    public int MessagesPerWindow { get; set; } = 20;

    /// <summary>Announcements an account may send in <see cref="WindowMinutes"/>.</summary>
    public int AnnouncementsPerWindow { get; set; } = 10;

    public int WindowMinutes { get; set; } = 10;
}

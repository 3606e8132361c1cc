using System.Globalization;

namespace TruongSo.Web.Modules.ContactBook.Reach;

/// <summary>Instants are stored in UTC and shown in Vietnam's time (UTC+7, no daylight saving).</summary>
public static class VietnamTime
{
    public static string Show(DateTime utc) => utc.AddHours(7).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
}

using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Web.Modules.People.Contracts;

/// <summary>Whose results a class gives for a year: the students still there at its end.</summary>
public static class YearRoster
{
    /// <summary>
    /// Open now, or (in a finished year, where every stay was closed at the year's end) closed on its
    /// last day or later. A student who moved class or left the school mid-year is counted elsewhere.
    /// </summary>
    public static bool StaysToYearEnd(this RosterEntry entry, SchoolYearRef year)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(year);
        return entry.To is not { } to || to >= year.Term2End;
    }
}

using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Organization.Contracts;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>Whose results a class gives for a year: the students still there at its end (a finished year closes every stay on its last day).</summary>
public sealed class YearRosterTests
{
    private static readonly SchoolYearRef Year = new(Guid.NewGuid(), Guid.NewGuid(), "2025-2026", 2025,
        new(2025, 9, 5), new(2026, 1, 17), new(2026, 1, 19), new(2026, 5, 31), SchoolYearStatus.Closed);

    [Theory]
    [InlineData(null, true)]           // still in the class
    [InlineData("2026-05-31", true)]   // closed by the year's roll-over on its last day
    [InlineData("2026-06-30", true)]   // closed after the year (summer re-tests, late roll-over)
    [InlineData("2026-05-30", false)]  // left the day before the year ended
    [InlineData("2025-12-01", false)]  // moved class in HK I: counted in the other class
    public void A_stay_counts_when_it_reaches_the_years_last_day(string? to, bool counts)
    {
        var entry = new RosterEntry(Guid.NewGuid(), "HS001", "Nguyễn Văn An", "an", new(2014, 1, 1), default, new(2025, 9, 5),
            to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        entry.StaysToYearEnd(Year).Should().Be(counts);
    }
}

using System.Collections.Concurrent;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Tests.Platform;

/// <summary>Ids made by the hundred stay unique, version 7 and time-ordered without a system call each.</summary>
public sealed class Uuid7Tests
{
    [Fact]
    public void Ids_are_version_7_unique_across_threads_and_in_order_within_one()
    {
        var started = DateTimeOffset.UtcNow;
        var all = new ConcurrentBag<Guid>();
        var ordered = new ConcurrentBag<bool>();
        Parallel.For(0, 8, _ =>
        {
            var mine = Enumerable.Range(0, 20_000).Select(_ => Uuid7.Next()).ToList();
            ordered.Add(mine.Zip(mine.Skip(1)).All(p => string.CompareOrdinal(Hex(p.First), Hex(p.Second)) < 0));
            foreach (var id in mine)
            {
                all.Add(id);
            }
        });

        all.Distinct().Should().HaveCount(160_000);
        ordered.Should().AllSatisfy(o => o.Should().BeTrue("a thread's ids count up"));
        all.Where(id => Hex(id)[12] != '7' || !"89ab".Contains(Hex(id)[16], StringComparison.Ordinal)).Should().BeEmpty("every id is RFC 9562 version 7");
        var times = all.Select(id => DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(Hex(id)[..12], 16))).ToList();
        times.Min().Should().BeOnOrAfter(started.AddMilliseconds(-1));
        times.Max().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromSeconds(5), "ids carry the time they were made");
    }

    private static string Hex(Guid id) => id.ToString("N");
}

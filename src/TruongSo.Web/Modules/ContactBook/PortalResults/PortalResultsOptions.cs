namespace TruongSo.Web.Modules.ContactBook.PortalResults;

/// <summary>Section "PortalResults": how long a cached answer may go unchecked (docs/adr/0013).</summary>
public sealed class PortalResultsOptions
{
    /// <summary>How stale another instance's commit may look here: the chain heads are re-read at most this often.</summary>
    public int StampPollMilliseconds { get; set; } = 1000;

    /// <summary>A family's children are re-read at least this often, whatever the stamps say (links made outside the child's school chain).</summary>
    public int FamilyMaxAgeSeconds { get; set; } = 60;

    /// <summary>A child's results are recomputed at least this often (inputs that are not audited, e.g. attendance totals).</summary>
    public int ResultsMaxAgeSeconds { get; set; } = 600;

    /// <summary>Memory for cached answers, in MB (serialised size, roughly).</summary>
    public int CacheMegabytes { get; set; } = 128;
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Web.Modules.Records.Issuing;

/// <summary>One student's transcript for the class's year: the latest version and how far its signing got.</summary>
public sealed record TranscriptRow(Guid StudentId, string StudentCode, string FullName, Guid? DocumentId, int Version,
    DocumentStatus? Status, int Steps, SignatureStepRole? Next)
{
    public static SignatureStepRole? NextStep(DocumentStatus? status, int steps) =>
        status is null ? SignatureStepRole.Homeroom
        : status is DocumentStatus.Draft or DocumentStatus.Signing && steps < 3 ? (SignatureStepRole)(steps + 1)
        : null;
}

public sealed record ClassTranscriptsView(ClassIssuing Access, IReadOnlyList<TranscriptRow> Students)
{
    /// <summary>How many transcripts wait for this step: the number a bulk signing would sign.</summary>
    public int Waiting(SignatureStepRole role) => Students.Count(s => s.Next == role);
}

/// <summary>The class's transcripts as the GVCN, the principal and the văn thư see them before signing.</summary>
public sealed class ClassTranscripts(IssuingGate gate, IClassRosters rosters, AppDbContext db)
{
    public async Task<ClassTranscriptsView?> HandleAsync(ClaimsPrincipal user, Guid classId, CancellationToken ct = default)
    {
        if (await gate.ForClassAsync(user, classId, ct) is not { } access)
        {
            return null;
        }
        var roster = (await rosters.ForClassAsync(classId, ct)).Where(r => r.StaysToYearEnd(access.Year)).ToList();
        var ids = roster.Select(r => r.StudentId).ToList();
        var latest = (await db.Set<ArchivedDocument>().AsNoTracking()
                .Where(d => d.SchoolYearId == access.Year.Id && d.Kind == DocumentKinds.Transcript && ids.Contains(d.StudentId))
                .Select(d => new { d.StudentId, d.Id, d.Version, d.Status, Steps = d.Signatures.Count })
                .ToListAsync(ct))
            .GroupBy(d => d.StudentId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!);
        var rows = roster.Select(r => latest.GetValueOrDefault(r.StudentId) is { } d
            ? new TranscriptRow(r.StudentId, r.StudentCode, r.FullName, d.Id, d.Version, d.Status, d.Steps, TranscriptRow.NextStep(d.Status, d.Steps))
            : new TranscriptRow(r.StudentId, r.StudentCode, r.FullName, null, 0, null, 0, SignatureStepRole.Homeroom)).ToList();
        return new ClassTranscriptsView(access, rows);
    }
}

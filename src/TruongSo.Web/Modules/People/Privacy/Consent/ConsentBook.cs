using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Modules.People.Data;
using TruongSo.Web.Modules.People.Privacy.Data;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Time;

namespace TruongSo.Web.Modules.People.Privacy.Consent;

public sealed record ConsentAct(Guid Id, string Purpose, bool Given, ConsentParty Party, string GivenBy, ConsentMethod Method,
    string RecordedBy, DateTime RecordedAt, string? Note);

/// <param name="Effective">The school may process for this purpose: the guardian consents, and the child too from age 7.</param>
public sealed record PurposeState(string Purpose, string Name, ConsentAct? Guardian, ConsentAct? Student, bool StudentNeeded, bool Effective);

public sealed record ConsentView(Guid StudentId, string FullName, bool StudentNeeded, IReadOnlyList<PurposeState> Purposes, IReadOnlyList<ConsentAct> History);

public sealed record NewConsent(Guid StudentId, Guid SchoolId, string Purpose, bool Given, ConsentParty Party, Guid? GuardianId, string GivenBy,
    ConsentMethod Method, Guid RecordedBy, string RecordedByName, string? Note);

/// <summary>The consent history of a child and the state it adds up to; appends, never changes a record.</summary>
public sealed class ConsentBook(AppDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<ConsentView?> ViewAsync(Guid studentId, CancellationToken ct = default)
    {
        var student = await db.Set<Student>().AsNoTracking().Where(s => s.Id == studentId)
            .Select(s => new { s.FullName, s.DateOfBirth }).FirstOrDefaultAsync(ct);
        if (student is null)
        {
            return null;
        }
        var history = await db.Set<ConsentRecord>().AsNoTracking().Where(c => c.StudentId == studentId)
            .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id).ToListAsync(ct);
        var needed = ConsentPurposes.NeedsOwnConsent(student.DateOfBirth, SchoolDay.Today(time));
        return new(studentId, student.FullName, needed, States(history, needed), [.. history.Select(Act)]);
    }

    /// <summary>The states of many children at once (a class), keyed by student.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<PurposeState>>> StatesAsync(IReadOnlyCollection<(Guid Id, DateOnly DateOfBirth)> students, CancellationToken ct = default)
    {
        var ids = students.Select(s => s.Id).ToArray();
        var records = (await db.Set<ConsentRecord>().AsNoTracking().Where(c => ids.Contains(c.StudentId)).ToListAsync(ct))
            .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id).ToLookup(c => c.StudentId);
        var today = SchoolDay.Today(time);
        return students.ToDictionary(s => s.Id, s => States([.. records[s.Id]], ConsentPurposes.NeedsOwnConsent(s.DateOfBirth, today)));
    }

    public async Task<ConsentAct> RecordAsync(NewConsent c, CancellationToken ct = default)
    {
        var record = new ConsentRecord
        {
            StudentId = c.StudentId, SchoolId = c.SchoolId, Purpose = c.Purpose, Given = c.Given, Party = c.Party, GuardianId = c.GuardianId,
            GivenBy = c.GivenBy, Method = c.Method, RecordedByUserId = c.RecordedBy, RecordedByName = c.RecordedByName,
            RecordedAt = time.GetUtcNow().UtcDateTime, Note = string.IsNullOrWhiteSpace(c.Note) ? null : c.Note.Trim(),
        };
        db.Add(record);
        audit.Record(new AuditChange(c.Given ? "privacy.consent.give" : "privacy.consent.withdraw", "student", c.StudentId.ToString(), null,
            new { record.Purpose, record.Party, record.GivenBy, record.Method }, record.Note, c.SchoolId));
        await db.SaveChangesAsync(ct);
        return Act(record);
    }

    /// <param name="history">Newest first.</param>
    private static IReadOnlyList<PurposeState> States(IReadOnlyList<ConsentRecord> history, bool studentNeeded) =>
        [.. ConsentPurposes.All.Select(p =>
        {
            var guardian = history.FirstOrDefault(c => c.Purpose == p.Code && c.Party == ConsentParty.Guardian);
            var student = history.FirstOrDefault(c => c.Purpose == p.Code && c.Party == ConsentParty.Student);
            var effective = guardian is { Given: true } && (!studentNeeded || student is { Given: true });
            return new PurposeState(p.Code, p.Name, guardian is null ? null : Act(guardian), student is null ? null : Act(student), studentNeeded, effective);
        })];

    private static ConsentAct Act(ConsentRecord c) =>
        new(c.Id, c.Purpose, c.Given, c.Party, c.GivenBy, c.Method, c.RecordedByName, c.RecordedAt, c.Note);
}

using System.Collections.Concurrent;
using System.Security.Claims;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Modules.Records.Signing;
using TruongSo.Web.Platform.Auth;

namespace TruongSo.Web.Modules.Records.Issuing;

/// <summary>A bulk signing as its starter sees it while it runs and after: progress, then the report or the refusal.</summary>
public sealed class SigningJob(Guid id, Guid starterId, Guid classId, SignatureStepRole role, int total)
{
    private volatile SigningProgress progress = new(0, total, 0, []);

    public Guid Id => id;
    public Guid StarterId => starterId;
    public Guid ClassId => classId;
    public SignatureStepRole Role => role;
    public SigningProgress Progress => progress;
    public bool Finished { get; private set; }
    public string? Failure { get; private set; }

    internal void Report(SigningProgress now) => progress = now;

    internal void Finish(string? failure)
    {
        Failure = failure;
        Finished = true;
    }
}

/// <summary>
/// Runs bulk signings in the background so that a class of 45 signs while the page shows progress.
/// The unlocked key lives only in memory, only for the job, and is disposed when it ends. Jobs are
/// kept in this instance's memory for an hour: behind a load balancer, polling needs sticky sessions.
/// </summary>
public sealed class SigningJobs(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<SigningJobs> log)
{
    private static readonly TimeSpan KeepFinished = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, (SigningJob Job, DateTime Started)> jobs = new();

    public SigningJob Start(ClaimsPrincipal user, Guid classId, SignatureStepRole role, int total, ISigningCredential credential)
    {
        Forget();
        var starter = Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var job = new SigningJob(Guid.NewGuid(), starter, classId, role, total);
        jobs[job.Id] = (job, DateTime.UtcNow);
        _ = Task.Run(() => RunAsync(job, user, credential), lifetime.ApplicationStopping);
        return job;
    }

    /// <summary>Only the one who started a job sees it.</summary>
    public SigningJob? Find(Guid id, ClaimsPrincipal user) =>
        jobs.TryGetValue(id, out var entry) && entry.Job.StarterId.ToString() == user.FindFirstValue(ClaimTypes.NameIdentifier) ? entry.Job : null;

    private async Task RunAsync(SigningJob job, ClaimsPrincipal user, ISigningCredential credential)
    {
        using (credential)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                ((CurrentActor)scope.ServiceProvider.GetRequiredService<ICurrentActor>()).ActAs(job.StarterId, user.Identity?.Name ?? job.StarterId.ToString());
                var sign = scope.ServiceProvider.GetRequiredService<SignTranscripts>();
                var (report, refusal) = await sign.HandleAsync(user, job.ClassId, job.Role, credential, null, new Reporter(job), lifetime.ApplicationStopping);
                if (report is not null)
                {
                    job.Report(report);
                }
                job.Finish(refusal?.Message);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log.LogError(e, "Bulk signing {Job} of class {Class} failed", job.Id, job.ClassId);
                job.Finish("Đã có lỗi khi kí; những học bạ đã kí vẫn được lưu. Hãy thử lại để kí nốt.");
            }
        }
    }

    private void Forget()
    {
        foreach (var (id, entry) in jobs)
        {
            if (entry.Job.Finished && DateTime.UtcNow - entry.Started > KeepFinished)
            {
                jobs.TryRemove(id, out _);
            }
        }
    }

    private sealed class Reporter(SigningJob job) : IProgress<SigningProgress>
    {
        public void Report(SigningProgress value) => job.Report(value);
    }
}

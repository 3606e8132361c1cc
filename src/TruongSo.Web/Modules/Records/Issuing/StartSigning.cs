using System.Security.Claims;
using TruongSo.Web.Modules.Records.Archive.Data;
using TruongSo.Web.Modules.Records.Signing;
using TruongSo.Web.Modules.Records.Signing.Keys;

namespace TruongSo.Web.Modules.Records.Issuing;

/// <summary>
/// "Kí cả lớp": checks the signer, the locked year and the key (its password, validity, usage,
/// trust, revocation — the key store says why not), then hands the unlocked key to a background job.
/// The GVCN and the principal sign with their own personal key; the seal is the school's.
/// </summary>
public sealed class StartSigning(ClassTranscripts transcripts, KeyStore keys, KeyAccess keyAccess, SigningJobs jobs)
{
    public async Task<(SigningJob? Job, IssuingRefusal? Refusal)> HandleAsync(ClaimsPrincipal user, Guid classId, SignatureStepRole role,
        string? password, CancellationToken ct = default)
    {
        if (await transcripts.HandleAsync(user, classId, ct) is not { } view)
        {
            return (null, IssuingRefusal.NotFound(IssuingGate.NotFound));
        }
        if (!view.Access.MaySign.Contains(role))
        {
            return (null, IssuingRefusal.Forbidden(role == SignatureStepRole.Homeroom
                ? "Chỉ giáo viên chủ nhiệm của lớp mới kí học bạ ở bước này."
                : $"Bạn không có quyền kí học bạ với vai trò {IssuingGate.RoleName(role).ToLowerInvariant()}."));
        }
        if (!view.Access.YearLocked)
        {
            return (null, IssuingRefusal.Conflict(IssuingGate.NotLocked));
        }
        if (view.Waiting(role) == 0)
        {
            return (null, IssuingRefusal.Conflict("Không có học bạ nào của lớp đang chờ bước kí này."));
        }
        var key = role == SignatureStepRole.Seal
            ? await keys.CurrentAsync(SigningKeyKind.Seal, view.Access.Class.SchoolId, ct)
            : KeyAccess.UserId(user) is { } me ? await keys.CurrentAsync(SigningKeyKind.Personal, me, ct) : null;
        if (key is null)
        {
            return (null, IssuingRefusal.Conflict(role == SignatureStepRole.Seal
                ? "Trường chưa có con dấu số còn hạn: hãy tải tệp PKCS#12 của con dấu lên ở trang Khoá ký số."
                : "Bạn chưa có khoá kí số còn hạn: hãy tải tệp PKCS#12 của mình lên ở trang Khoá ký số."));
        }
        if (!await keyAccess.MayUseAsync(user, key, ct))
        {
            return (null, IssuingRefusal.Forbidden("Bạn không được dùng khoá kí số này."));
        }
        if (string.IsNullOrEmpty(password))
        {
            return (null, IssuingRefusal.Invalid("password", "Hãy nhập mật khẩu của khoá kí số."));
        }
        ISigningCredential credential;
        try
        {
            credential = await keys.UnlockAsync(key.Id, password, ct);
        }
        catch (SigningRefusedException e)
        {
            return (null, IssuingRefusal.Invalid(e.Field, e.Message));
        }
        return (jobs.Start(user, classId, role, view.Waiting(role), credential), null);
    }
}

using System.Security.Claims;
using TruongSo.Web.Modules.Records.Signing.Keys;

namespace TruongSo.Web.Modules.Records.Signing.UploadKey;

/// <summary>kind: "personal" (the user's own certificate) or "seal" (the school's, with schoolId).</summary>
public sealed record UploadKeyInput(string? Kind, Guid? SchoolId, byte[] File, string? Password);

/// <summary>The stored key, or why not: <see cref="Forbidden"/>, or a field and a Vietnamese message.</summary>
public sealed record UploadKeyResult(SigningKeyInfo? Key, bool Forbidden = false, string? Field = null, string? Message = null);

/// <summary>Upload a PKCS#12 once (one handler for the page and the API).</summary>
public sealed class UploadKey(KeyStore store, KeyAccess access)
{
    public const long MaxBytes = 256 * 1024;

    public async Task<UploadKeyResult> HandleAsync(ClaimsPrincipal user, UploadKeyInput input, CancellationToken ct = default)
    {
        var kind = input.Kind?.Trim().ToLowerInvariant() switch
        {
            "personal" or null or "" => SigningKeyKind.Personal,
            "seal" => SigningKeyKind.Seal,
            _ => (SigningKeyKind?)null,
        };
        if (kind is null)
        {
            return new(null, Field: "kind", Message: "Loại khoá phải là 'personal' (cá nhân) hoặc 'seal' (con dấu của trường).");
        }
        if (kind == SigningKeyKind.Seal && input.SchoolId is null)
        {
            return new(null, Field: "schoolId", Message: "Hãy chọn trường của con dấu.");
        }
        if (!await access.MayUploadAsync(user, kind.Value, input.SchoolId, ct))
        {
            return new(null, Forbidden: true);
        }
        if (input.File.Length == 0 || input.File.Length > MaxBytes)
        {
            return new(null, Field: "file", Message: "Hãy chọn tệp chứng thư số PKCS#12 (.p12 hoặc .pfx, tối đa 256 KB).");
        }
        if (string.IsNullOrEmpty(input.Password))
        {
            return new(null, Field: "password", Message: "Hãy nhập mật khẩu của tệp PKCS#12.");
        }
        try
        {
            var owner = kind == SigningKeyKind.Personal ? KeyAccess.UserId(user) : null;
            var school = kind == SigningKeyKind.Seal ? input.SchoolId : null;
            return new(await store.RegisterAsync(kind.Value, owner, school, input.File, input.Password, KeyAccess.UserId(user), ct));
        }
        catch (SigningRefusedException e)
        {
            return new(null, Field: e.Field, Message: e.Message);
        }
    }
}

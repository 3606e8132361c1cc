using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web.Modules.People.ChangePhoto;

/// <summary>
/// Ảnh học sinh (optional): a JPEG or PNG of at most 1 MB, kept as a file under the data
/// directory (photos/), its path on the profile. The type is read from the bytes, never from the
/// name or the header the browser sent.
/// </summary>
public sealed class ChangePhotoHandler(AppDbContext db, StudentAccess access, DataDirectory data, AuditLog audit)
{
    public const long MaxBytes = 1024 * 1024;

    public async Task<Outcome<bool>> SetAsync(ClaimsPrincipal user, Guid studentId, Stream content, CancellationToken ct = default)
    {
        var (student, refused) = await access.ForChangeAsync(user, studentId, ct);
        if (refused is not null)
        {
            return refused;
        }
        var bytes = await ReadAtMostAsync(content, MaxBytes + 1, ct);
        if (Extension(bytes) is not { } ext || bytes.Length > MaxBytes)
        {
            return Refusal.Invalid("photo", "Ảnh phải là tệp JPEG hoặc PNG, tối đa 1 MB.");
        }
        var relative = $"photos/{student!.Id:N}.{ext}";
        Directory.CreateDirectory(data.File("photos"));
        var temp = data.File("photos", $"{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(temp, bytes, ct);
        File.Move(temp, data.File(relative.Split('/')), overwrite: true);
        var before = student.PhotoPath;
        student.PhotoPath = relative;
        student.Touch();
        audit.Record(new AuditChange("student.photo", "Student", student.Id.ToString(), before, relative, SchoolId: student.SchoolId));
        if (await db.SaveOrRefuseAsync(ct) is { } stale)
        {
            return stale;
        }
        if (before is not null && before != relative)
        {
            File.Delete(data.File(before.Split('/')));
        }
        return true;
    }

    public async Task<Outcome<bool>> RemoveAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default)
    {
        var (student, refused) = await access.ForChangeAsync(user, studentId, ct);
        if (refused is not null)
        {
            return refused;
        }
        if (student!.PhotoPath is not { } path)
        {
            return true;
        }
        student.PhotoPath = null;
        student.Touch();
        audit.Record(new AuditChange("student.photo", "Student", student.Id.ToString(), path, null, SchoolId: student.SchoolId));
        if (await db.SaveOrRefuseAsync(ct) is { } stale)
        {
            return stale;
        }
        File.Delete(data.File(path.Split('/')));
        return true;
    }

    /// <summary>The photo's file and type, for a user who may see the student; null otherwise or when there is none.</summary>
    public async Task<(string Path, string ContentType)?> ReadAsync(ClaimsPrincipal user, Guid studentId, CancellationToken ct = default)
    {
        var visible = await access.VisibleAsync(user, ct);
        var path = await visible.Where(s => s.Id == studentId).Select(s => s.PhotoPath).FirstOrDefaultAsync(ct);
        if (path is null || !File.Exists(data.File(path.Split('/'))))
        {
            return null;
        }
        return (data.File(path.Split('/')), path.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg");
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string? Extension(byte[] b) =>
        b is [0xFF, 0xD8, 0xFF, ..] ? "jpg"
        : b is [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] ? "png"
        : null;
}

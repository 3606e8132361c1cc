using System.Security.Cryptography;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web.Modules.Records.Archive;

/// <summary>What a blob on disk turned out to be when re-hashed.</summary>
public enum BlobState { Intact, Missing, Changed }

/// <summary>Raised when a blob is missing or no longer matches its name: the archive has been tampered with.</summary>
public sealed class BlobIntegrityException(string sha256, BlobState state)
    : IOException(state == BlobState.Missing ? $"Tệp {sha256} không còn trong kho lưu trữ." : $"Tệp {sha256} trong kho lưu trữ đã bị thay đổi.")
{
    public string Sha256 { get; } = sha256;
    public BlobState State { get; } = state;
}

/// <summary>
/// Write-once, content-addressed files under {data}/records/blobs/ab/cd/{sha256}: a file is named by
/// the SHA-256 of its bytes, never overwritten, made read-only, and re-hashed on every read. A
/// blob written for a transaction that later fails stays as an unreferenced file, which is harmless.
/// </summary>
public sealed class BlobStore(DataDirectory data)
{
    public string Root { get; } = data.File("records", "blobs");

    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256[2..4], sha256);

    /// <summary>Stores the bytes (once) and returns their SHA-256, lower-case hex.</summary>
    public async Task<string> PutAsync(byte[] content, CancellationToken ct = default)
    {
        var sha = HashOf(content);
        var path = PathOf(sha);
        if (File.Exists(path))
        {
            await EnsureIntactAsync(sha, ct); // the same bytes are there already, unless someone changed them
            return sha;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.WriteThrough))
        {
            await file.WriteAsync(content, ct);
        }
        try
        {
            File.Move(temp, path, overwrite: false);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp); // a concurrent writer stored the same bytes first
        }
        return sha;
    }

    /// <summary>The bytes, verified against their name; throws <see cref="BlobIntegrityException"/> otherwise.</summary>
    public async Task<byte[]> GetAsync(string sha256, CancellationToken ct = default)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            throw new BlobIntegrityException(sha256, BlobState.Missing);
        }
        var bytes = await File.ReadAllBytesAsync(path, ct);
        return HashOf(bytes) == sha256 ? bytes : throw new BlobIntegrityException(sha256, BlobState.Changed);
    }

    public async Task<BlobState> CheckAsync(string sha256, CancellationToken ct = default)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
        {
            return BlobState.Missing;
        }
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct)) == sha256 ? BlobState.Intact : BlobState.Changed;
    }

    private async Task EnsureIntactAsync(string sha256, CancellationToken ct)
    {
        if (await CheckAsync(sha256, ct) is var state and not BlobState.Intact)
        {
            throw new BlobIntegrityException(sha256, state);
        }
    }
}

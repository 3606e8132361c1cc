using TruongSo.Web.Platform.Auth;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web.Modules.People.ImportExport.Page;

/// <summary>
/// Keeps a refused upload for an hour so that "import only the valid rows" needs no second
/// upload (a browser cannot re-send a chosen file). The file holds personal data: it is named
/// for its uploader, read only by them, deleted once used, and anything older is purged.
/// </summary>
public sealed class ImportUploads(DataDirectory data, ICurrentActor actor, TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);

    private string Folder => data.File("import-uploads");

    public async Task<string> KeepAsync(Stream file, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        Purge();
        var token = Guid.NewGuid().ToString("N");
        file.Position = 0;
        await using var target = File.Create(PathOf(token));
        await file.CopyToAsync(target, ct);
        return token;
    }

    public Stream? Open(string? token) =>
        token is not null && Guid.TryParseExact(token, "N", out _) && File.Exists(PathOf(token)) ? File.OpenRead(PathOf(token)) : null;

    public void Forget(string token)
    {
        if (Guid.TryParseExact(token, "N", out _))
        {
            File.Delete(PathOf(token));
        }
    }

    private string PathOf(string token) => Path.Combine(Folder, $"{actor.UserId:N}-{token}.xlsx");

    private void Purge()
    {
        foreach (var old in new DirectoryInfo(Folder).EnumerateFiles("*.xlsx").Where(f => f.LastWriteTimeUtc < clock.GetUtcNow().UtcDateTime - KeepFor))
        {
            old.Delete();
        }
    }
}

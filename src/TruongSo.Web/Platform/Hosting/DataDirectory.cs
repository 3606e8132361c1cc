namespace TruongSo.Web.Platform.Hosting;

/// <summary>Where the SQLite file, backups and uploads live: TRUONGSO_DATA_DIR, else ./data.</summary>
public sealed class DataDirectory
{
    public DataDirectory(IConfiguration config)
    {
        var path = config["TRUONGSO_DATA_DIR"];
        Path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? "data" : path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}

using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web.Platform.Data;

/// <summary>
/// The key-encryption key of the Data Protection key ring. The ring lives in the database, beside
/// what it protects (sign-in cookies, uploaded signing keys), so a database dump alone must not
/// unlock it: the ring's keys are sealed with AES-GCM under this master key, which lives outside
/// the database — `DataProtection:MasterKey` (base64 of 32 bytes, for several instances) or the
/// file keys/master.key in the data directory, made on first start and readable by the owner only.
/// </summary>
public sealed class MasterKey
{
    public MasterKey(IConfiguration config, DataDirectory data)
    {
        if (config["DataProtection:MasterKey"] is { Length: > 0 } configured)
        {
            Bytes = Decode(configured, "DataProtection:MasterKey");
            return;
        }
        var file = data.File("keys", "master.key");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            try
            {
                using var writer = new StreamWriter(file, options);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another process made it first; read theirs.
            }
        }
        Bytes = Decode(File.ReadAllText(file).Trim(), file);
    }

    internal byte[] Bytes { get; }

    private static byte[] Decode(string base64, string source)
    {
        var bytes = new byte[32];
        return Convert.TryFromBase64String(base64, bytes, out var n) && n == 32
            ? bytes
            : throw new SetupException($"Khoá chủ (master key) ở {source} phải là 32 byte mã hoá base64.");
    }
}

/// <summary>Seals each new key of the ring: AES-256-GCM, a fresh nonce per key.</summary>
internal sealed class MasterKeyXmlEncryptor(MasterKey key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var (nonce, tag, cipher) = (RandomNumberGenerator.GetBytes(12), new byte[16], new byte[plain.Length]);
        using (var aes = new AesGcm(key.Bytes, tag.Length))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }
        CryptographicOperations.ZeroMemory(plain);
        var sealedKey = new XElement("sealedKey", new XAttribute("alg", "A256GCM"),
            new XElement("nonce", Convert.ToBase64String(nonce)), new XElement("tag", Convert.ToBase64String(tag)), new XElement("value", Convert.ToBase64String(cipher)));
        return new EncryptedXmlInfo(sealedKey, typeof(MasterKeyXmlDecryptor));
    }
}

/// <summary>Made by Data Protection through its IServiceProvider constructor when it reads a sealed key.</summary>
internal sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var key = services.GetRequiredService<MasterKey>();
        byte[] Part(string name) => Convert.FromBase64String(encryptedElement.Element(name)?.Value ?? throw new CryptographicException($"Khoá đã niêm phong thiếu phần {name}."));
        var (nonce, tag, cipher) = (Part("nonce"), Part("tag"), Part("value"));
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(key.Bytes, tag.Length))
        {
            aes.Decrypt(nonce, cipher, tag, plain);
        }
        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
    }
}

using System.Security.Cryptography.X509Certificates;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.Contracts;
using TruongSo.Web.Modules.Records.Signing.Keys;
using TruongSo.Web.Modules.Records.Signing.Trust;
using TruongSo.Web.Modules.Teaching.Contracts;

namespace TruongSo.Web.Modules.Records.Signing.Pki;

public sealed record DemoCaResult(string CaPemPath, int Seals, int Personal, IReadOnlyList<string> Registered);

/// <summary>
/// `pki demo-ca`: a demo root CA in data/pki (trusted outside Production), a seal certificate for
/// each school and a personal certificate for each principal and homeroom teacher (GVCN) who has
/// an account, all registered in the key store so the demo can sign. Idempotent: a key already
/// registered and valid is kept. Every demo PKCS#12 uses <see cref="KeyPassword"/>.
/// </summary>
public sealed class DemoCa(TrustList trust, KeyStore store, IOrgDirectory orgs, ISchoolStructure structure, ITeachingAssignments teaching, IStaffDirectory staff, TimeProvider clock)
{
    public const string KeyPassword = "HocBa@2026";
    private const string CaKeyFile = "demo-ca.p12";

    public async Task<DemoCaResult> CreateAsync(IReadOnlyList<string> schoolCodes, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        using var ca = LoadOrCreate(now);
        var registered = new List<string>();
        var (seals, personal) = (0, 0);
        foreach (var code in schoolCodes)
        {
            var school = (await orgs.FindByCodeAsync(code, ct)).FirstOrDefault(u => u.Kind == OrgUnitKind.School)
                ?? throw new SigningRefusedException($"Không có trường mã {code}.", "school");
            if (await store.CurrentAsync(SigningKeyKind.Seal, school.Id, ct) is null)
            {
                await store.RegisterAsync(SigningKeyKind.Seal, null, school.Id, Issue(ca, school.Name, school.Name, now), KeyPassword, null, ct);
                registered.Add($"Con dấu: {school.Name}");
                seals++;
            }
            foreach (var person in await SignersAsync(school.Id, ct))
            {
                if (await store.CurrentAsync(SigningKeyKind.Personal, person.UserId!.Value, ct) is null)
                {
                    await store.RegisterAsync(SigningKeyKind.Personal, person.UserId, null, Issue(ca, person.FullName, school.Name, now), KeyPassword, null, ct);
                    registered.Add($"Cá nhân: {person.FullName} ({school.Name})");
                    personal++;
                }
            }
        }
        return new DemoCaResult(Path.Combine(trust.DemoFolder, TrustList.DemoCaFile), seals, personal, registered);
    }

    /// <summary>The school's principals and every GVCN of any of its years, who have an account.</summary>
    private async Task<IReadOnlyList<StaffRef>> SignersAsync(Guid schoolId, CancellationToken ct)
    {
        var ids = new HashSet<Guid>((await staff.WorkingAtAsync(schoolId, ct)).Where(s => s.Position == "hieu-truong").Select(s => s.Id));
        foreach (var year in await structure.YearsAsync(schoolId, ct))
        {
            ids.UnionWith((await teaching.ForYearAsync(year.Id, ct)).Where(a => a.IsHomeroom).Select(a => a.StaffId));
        }
        return [.. (await staff.FindManyAsync(ids, ct)).Where(s => s.UserId is not null).DistinctBy(s => s.UserId)];
    }

    private static byte[] Issue(CertificateAuthority ca, string name, string organisation, DateTimeOffset now) =>
        ca.IssuePkcs12($"CN={Escape(name)}, O={Escape(organisation)}, C=VN", KeyPassword, now.AddDays(-1), now.AddYears(3));

    private static string Escape(string value) => value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;

    private CertificateAuthority LoadOrCreate(DateTimeOffset now)
    {
        Directory.CreateDirectory(trust.DemoFolder);
        var keyFile = Path.Combine(trust.DemoFolder, CaKeyFile);
        CertificateAuthority ca;
        if (File.Exists(keyFile))
        {
            ca = new CertificateAuthority(X509CertificateLoader.LoadPkcs12FromFile(keyFile, KeyPassword, X509KeyStorageFlags.Exportable));
        }
        else
        {
            ca = CertificateAuthority.Create("TruongSo Demo Root CA", now);
            File.WriteAllBytes(keyFile, ca.Root.Export(X509ContentType.Pkcs12, KeyPassword));
        }
        File.WriteAllText(Path.Combine(trust.DemoFolder, TrustList.DemoCaFile), ca.Root.ExportCertificatePem() + "\n");
        var crl = Path.Combine(trust.DemoFolder, TrustList.DemoCrlFile);
        if (!File.Exists(crl))
        {
            File.WriteAllBytes(crl, ca.Crl([], now, 1));
        }
        return ca;
    }
}

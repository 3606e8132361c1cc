using Microsoft.EntityFrameworkCore;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Tests.Platform;

/// <summary>The Data Protection key ring sits in the database sealed by a master key kept outside it, so a dump alone unlocks nothing.</summary>
public sealed class KeyRingEncryptionTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    [Theory, Engines]
    public async Task The_key_ring_in_the_database_is_sealed_and_still_serves_sign_in(Engine engine)
    {
        var app = await apps.Get(engine);
        var user = await app.Data.UserAsync(TruongSo.Web.Modules.Access.Contracts.Roles.Principal, await app.Data.SchoolAsync());

        var client = await app.SignedInAsync(user); // the sign-in cookie is protected by the ring
        var page = await client.GetAsync("/");
        var keys = await app.WithDbAsync(db => db.Set<DataProtectionKey>().AsNoTracking().ToListAsync());
        var masterKey = Path.Combine(app.DataDirectory, "keys", "master.key");

        page.IsSuccessStatusCode.Should().BeTrue();
        keys.Should().NotBeEmpty().And.OnlyContain(k => k.Xml.Contains("<sealedKey alg=\"A256GCM\"") && !k.Xml.Contains("<masterKey"),
            "the ring's secret is never stored in the clear");
        File.Exists(masterKey).Should().BeTrue();
        (OperatingSystem.IsWindows() ? UnixFileMode.UserRead | UnixFileMode.UserWrite : File.GetUnixFileMode(masterKey)).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "only the app's user reads the master key");
        Convert.FromBase64String(await File.ReadAllTextAsync(masterKey)).Should().HaveCount(32);
    }
}

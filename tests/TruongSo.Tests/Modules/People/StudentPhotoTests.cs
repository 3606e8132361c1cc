using System.Net;
using System.Net.Http.Headers;
using TruongSo.Web.Modules.Access.Contracts;

namespace TruongSo.Tests.Modules.People;

/// <summary>The optional photo: an image by its bytes, at most 1 MB, shown only to those who see the student.</summary>
public sealed class StudentPhotoTests(AppPerEngine apps) : IClassFixture<AppPerEngine>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    [Theory, Engines]
    public async Task A_photo_is_stored_served_in_scope_and_removed(Engine engine)
    {
        var app = await apps.Get(engine);
        var school = await app.Data.SchoolWithYearAsync();
        var other = await app.Data.SchoolWithYearAsync();
        var id = await app.Data.StudentAsync(school.School, "Tăng Thị Thảo");
        var clerk = await app.Data.ApiAsync(Roles.SchoolAdmin, school.School);
        var stranger = await app.Data.ApiAsync(Roles.SchoolAdmin, other.School);

        var notAnImage = await clerk.PutAsync($"/api/v1/students/{id}/photo", Body("<svg onload=alert(1)>"u8.ToArray(), "image/png"));
        var tooLarge = await clerk.PutAsync($"/api/v1/students/{id}/photo", Body([.. Png, .. new byte[1024 * 1024]], "image/png"));
        (await clerk.PutAsync($"/api/v1/students/{id}/photo", Body(Png, "image/png"))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await notAnImage.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("photo")[0].GetString()
            .Should().Be("Ảnh phải là tệp JPEG hoặc PNG, tối đa 1 MB.");
        await tooLarge.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var served = await clerk.GetAsync($"/api/v1/students/{id}/photo");
        served.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (await served.Content.ReadAsByteArrayAsync()).Should().Equal(Png);
        await (await stranger.GetAsync($"/api/v1/students/{id}/photo")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PutAsync($"/api/v1/students/{id}/photo", Body(Png, "image/png"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await clerk.DeleteAsync($"/api/v1/students/{id}/photo")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await (await clerk.GetAsync($"/api/v1/students/{id}/photo")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "photos")).Should().NotContain(f => f.Contains(id.ToString("N"), StringComparison.Ordinal));
    }

    private static ByteArrayContent Body(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }
}

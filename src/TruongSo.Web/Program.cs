using TruongSo.Web.Components;
using TruongSo.Web.Demo;
using TruongSo.Web.Modules.Access;
using TruongSo.Web.Modules.Organization;
using TruongSo.Web.Modules.People;
using TruongSo.Web.Modules.Teaching;
using TruongSo.Web.Platform.Cli;
using TruongSo.Web.Platform.Hosting;

namespace TruongSo.Web;

/// <summary>The platform, module by module. `serve` is the default command; see Platform/Cli.</summary>
public partial class Program
{
    public static Task<int> Main(string[] args) => TruongSoCli.RunAsync(args);

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddPlatform();
        builder.Services.AddOrganization();
        builder.Services.AddAccess();
        builder.Services.AddPeople();
        builder.Services.AddTeaching();
        builder.Services.AddDemo(builder.Configuration, builder.Environment);
        builder.Services.AddUi();
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UsePlatform();
        app.MapOrganization();
        app.MapAccess();
        app.MapPeople();
        app.MapTeaching();
        app.MapUi();
        return app;
    }
}

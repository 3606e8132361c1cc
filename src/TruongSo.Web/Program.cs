using TruongSo.Web.Components;
using TruongSo.Web.Demo;
using TruongSo.Web.Modules.Access;
using TruongSo.Web.Modules.Attendance;
using TruongSo.Web.Modules.ContactBook;
using TruongSo.Web.Modules.Gradebook;
using TruongSo.Web.Modules.Organization;
using TruongSo.Web.Modules.People;
using TruongSo.Web.Modules.Records;
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
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot(args) });
        builder.AddPlatform();
        builder.Services.AddOrganization();
        builder.Services.AddAccess();
        builder.Services.AddPeople();
        builder.Services.AddTeaching();
        builder.Services.AddGradebook();
        builder.Services.AddRecords();
        builder.Services.AddAttendance();
        builder.Services.AddContactBook();
        builder.Services.AddDemo(builder.Configuration, builder.Environment);
        builder.Services.AddUi();
        return builder;
    }

    /// <summary>
    /// The app's own folder, so that appsettings.json and wwwroot are found wherever the operator
    /// starts it from (the data directory stays relative to the working directory). A content root
    /// given on the command line or in ASPNETCORE_CONTENTROOT, as the test host does, wins.
    /// </summary>
    private static string? ContentRoot(string[] args) =>
        args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
        || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null
            ? null
            : AppContext.BaseDirectory;

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UsePlatform();
        app.MapOrganization();
        app.MapAccess();
        app.MapPeople();
        app.MapTeaching();
        app.MapGradebook();
        app.MapRecords();
        app.MapAttendance();
        app.MapContactBook();
        app.MapUi();
        return app;
    }
}

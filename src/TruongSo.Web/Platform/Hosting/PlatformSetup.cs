using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using TruongSo.Web.Platform.Audit;
using TruongSo.Web.Platform.Auth;
using TruongSo.Web.Platform.Data;
using TruongSo.Web.Platform.Errors;
using TruongSo.Web.Platform.Web;
using TruongSo.Web.Platform.Web.Localization;

namespace TruongSo.Web.Platform.Hosting;

/// <summary>Plumbing with no school words: data, sign-in, errors, limits, logs, health, API docs.</summary>
internal static class PlatformSetup
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
        }
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddPlatformDatabase(config);
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditVerifier>();
        services.AddPlatformAuthentication();
        services.AddPlatformProblemDetails();
        services.AddExceptionHandler<BadRequestBodies>();
        services.AddExceptionHandler<UniqueViolations>();
        // Enums travel as their names ("Homeroom"), and numbers are still accepted.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddPlatformRateLimits(config);
        services.AddPlatformLocalization();
        services.AddSingleton<StartupState>();
        // First of all hosted services: Data Protection's own reads its keys from the database.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StartupTasks>());
        services.AddHealthChecks().AddCheck<ReadinessCheck>("database");
        services.AddOpenApi("v1", o => o.AddDocumentTransformer<ApiDocument>());
        services.AddAntiforgery(o => o.Cookie.Name = "truongso.af");
        services.AddDataProtection().SetApplicationName("TruongSo");
        services.AddSingleton<MasterKey>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            o.XmlRepository = new DatabaseXmlRepository(sp);
            o.XmlEncryptor = new MasterKeyXmlEncryptor(sp.GetRequiredService<MasterKey>());
        }));
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseRequestLogging();
        app.UseSecurityHeaders();
        app.UseApiProblemBodies();
        // Before any work: a request turned away at capacity should cost next to nothing.
        app.UseRateLimiter();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // only ever sent over HTTPS
        }
        app.UsePlatformLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthChecks("/health").DisableRateLimiting();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api-docs";
            o.SwaggerEndpoint("/openapi/v1.json", "TruongSo API v1");
            o.DocumentTitle = "TruongSo API";
        });
        app.MapPlatformLocalization();
        return app;
    }
}

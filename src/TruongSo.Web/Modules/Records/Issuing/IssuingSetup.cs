using Microsoft.Extensions.DependencyInjection.Extensions;
using TruongSo.Web.Modules.Records.Signing.Cms;
using TruongSo.Web.Modules.Records.Signing.Pdf;
using TruongSo.Web.Modules.Records.Signing.Xml;

namespace TruongSo.Web.Modules.Records.Issuing;

/// <summary>Signing a class's transcripts in sequence (GVCN, principal, seal), corrections and revocations.</summary>
public static class IssuingSetup
{
    public static IServiceCollection AddIssuing(this IServiceCollection services)
    {
        services.AddScoped<IssuingGate>();
        services.AddScoped<ClassTranscripts>();
        services.AddScoped<SignTranscripts>();
        services.AddHttpClient(TimestampClient.HttpClientName);
        services.TryAddScoped<TimestampClient>();
        services.TryAddScoped<PadesSigner>();
        services.TryAddScoped<XmlDsigSigner>();
        return services;
    }
}

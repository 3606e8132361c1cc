using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TruongSo.Web.Modules.Records.Archive;

/// <summary>The archive: blob store, register, the write API for the signing workflow, and its checks.</summary>
public static class ArchiveSetup
{
    public static IServiceCollection AddRecordsArchive(this IServiceCollection services)
    {
        services.AddSingleton<BlobStore>();
        services.AddScoped<RegisterWriter>();
        services.AddScoped<RecordsArchive>();
        services.AddScoped<ArchiveVerifier>();
        services.AddScoped<ArchiveExport>();
        // The integrator registers the signing part's verifier and trust list before or after this; theirs wins.
        services.TryAddScoped<IDocumentSignatureCheck, UncheckedSignatures>();
        services.TryAddScoped<ITrustAnchorFiles, ConfiguredTrustAnchorFiles>();
        return services;
    }
}

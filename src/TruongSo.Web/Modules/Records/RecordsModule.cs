using TruongSo.Web.Modules.Records.Archive;
using TruongSo.Web.Modules.Records.Issuing;
using TruongSo.Web.Modules.Records.Rendition;
using TruongSo.Web.Modules.Records.Signing;
using TruongSo.Web.Modules.Records.Transfer;
using TruongSo.Web.Modules.Records.Verify;

namespace TruongSo.Web.Modules.Records;

/// <summary>
/// Học bạ số: transcripts rendered from the gradebook (PDF and XML), signed in sequence (GVCN,
/// principal, school seal), kept in a tamper-evident archive and verifiable by anyone through
/// /xac-thuc. One line per feature here, so that features stay in their own folders.
/// </summary>
public static class RecordsModule
{
    public static IServiceCollection AddRecords(this IServiceCollection services)
    {
        services.AddRecordsArchive();
        services.AddRecordsVerify();
        services.AddRecordsTransfer();
        services.AddRendition();
        services.AddSigning();
        services.AddIssuing();
        return services;
    }

    public static WebApplication MapRecords(this WebApplication app)
    {
        app.MapRecordsVerify();
        app.MapRecordsTransfer();
        app.MapRendition();
        app.MapSigning();
        app.MapIssuing();
        return app;
    }
}

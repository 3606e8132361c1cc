using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TruongSo.Web.Platform.Hosting;

/// <summary>Names the API and declares the bearer scheme that POST /api/v1/auth/token issues.</summary>
internal sealed class ApiDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "TruongSo API",
            Version = "v1",
            Description = "API của nền tảng TruongSo. Lấy token bằng POST /api/v1/auth/token, rồi gửi header `Authorization: Bearer <token>`. Lỗi trả về theo RFC 9457 (problem details).",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Token từ POST /api/v1/auth/token (hết hạn sau 1 giờ; làm mới bằng POST /api/v1/auth/refresh).",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
        return Task.CompletedTask;
    }
}

using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Modules.Records.Signing.Cms;

namespace TruongSo.Tests.Modules.Records.Signing;

/// <summary>
/// A real, minimal RFC 3161 time-stamping service on a loopback port: it decodes the request with
/// .NET's Rfc3161TimestampRequest, answers with a TSTInfo signed by a TSA certificate of the kit's
/// CA (EKU timeStamping), as PKIStatus granted.
/// </summary>
public sealed class TinyTsa : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly X509Certificate2 tsa;
    private long serial;

    private TinyTsa(SigningKit kit)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=TSA kiểm thử, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], true));
        using var issued = request.Create(kit.Ca.Root, kit.Now.AddDays(-1), kit.Now.AddYears(1), RandomNumberGenerator.GetBytes(12));
        tsa = issued.CopyWithPrivateKey(key);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.MapPost("/tsa", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            return Results.Bytes(Respond(body.ToArray()), "application/timestamp-reply");
        });
    }

    public string Url => $"{app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()}/tsa";

    public int Served { get; private set; }

    public static async Task<TinyTsa> StartAsync(SigningKit kit)
    {
        var server = new TinyTsa(kit);
        await server.app.StartAsync();
        return server;
    }

    private byte[] Respond(byte[] requestDer)
    {
        Served++;
        if (!Rfc3161TimestampRequest.TryDecode(requestDer, out var request, out _))
        {
            throw new InvalidOperationException("not a time-stamp request");
        }
        var info = new Rfc3161TimestampTokenInfo(new Oid("1.2.3.4.1"), request.HashAlgorithmId, request.GetMessageHash(),
            new BigInteger(Interlocked.Increment(ref serial)).ToByteArray(), DateTimeOffset.UtcNow, nonce: request.GetNonce());
        var cms = new SignedCms(new ContentInfo(new Oid("1.2.840.113549.1.9.16.1.4"), info.Encode()));
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, tsa) { DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1") };
        signer.SignedAttributes.Add(new AsnEncodedData(CadesBuilder.SigningCertificateV2Oid, CadesBuilder.SigningCertificateV2(tsa)));
        cms.ComputeSignature(signer, silent: true);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(0); // granted
            }
            writer.WriteEncodedValue(cms.Encode());
        }
        return writer.Encode();
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        tsa.Dispose();
    }
}

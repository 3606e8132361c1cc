using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TruongSo.Web.Modules.Records.Rendition;
using TruongSo.Web.Modules.Records.Signing;
using TruongSo.Web.Modules.Records.Signing.Cms;
using TruongSo.Web.Modules.Records.Signing.Pdf;
using TruongSo.Web.Modules.Records.Signing.Pki;
using TruongSo.Web.Modules.Records.Signing.Xml;
using TruongSo.Web.Platform.Pdf;

// Render and sign N transcripts as the học bạ workflow does, without a database: the PDF and XML
// renditions, three PAdES signatures into the PDF's boxes (GVCN, principal, seal) and the seal's
// XML-DSig. Prints the total and the time of each phase. Usage: dotnet run -c Release -- [N] [workers]
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var workers = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;

PdfSetup.Ensure();
var now = DateTimeOffset.UtcNow;
using var ca = CertificateAuthority.Create("Bench Root CA", now.AddDays(-1));
ISigningCredential Credential(string name) =>
    new Pkcs12Credential(ca.Issue($"CN={name}, O=Trường THCS Nguyễn Trãi, C=VN", now.AddDays(-1), now.AddYears(1),
        X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation), [X509CertificateLoader.LoadCertificate(ca.Root.RawData)]);
using var gvcn = Credential("Đặng Văn Hùng");
using var principal = Credential("Nguyễn Thị Thu Hà");
using var seal = Credential("Trường THCS Nguyễn Trãi");
using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
var pades = new PadesSigner(new TimestampClient(services.GetRequiredService<IHttpClientFactory>(), new ConfigurationBuilder().Build()), TimeProvider.System);
var xmlSigner = new XmlDsigSigner();
var roles = new[] { (SignerRole.HomeroomTeacher, gvcn, "Giáo viên chủ nhiệm"), (SignerRole.Principal, principal, "Hiệu trưởng"), (SignerRole.Seal, seal, "Con dấu của nhà trường") };
var phases = new long[6]; // ticks: pdf, xml, sign 1, sign 2, sign 3, xml sign
long bytes = 0;

await One(0); // warm-up: fonts, JIT
Array.Clear(phases);
var total = Stopwatch.StartNew();
await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (i, ct) => await One(i));
total.Stop();

Console.WriteLine($"{count} transcripts, {workers} workers: {total.Elapsed.TotalSeconds:0.0} s ({count / total.Elapsed.TotalSeconds:0.0}/s), {bytes / count / 1024} KB per signed PDF");
string[] names = ["render PDF", "render XML", "sign GVCN", "sign principal", "sign seal", "sign XML"];
var sum = phases.Sum();
for (var p = 0; p < phases.Length; p++)
{
    Console.WriteLine($"  {names[p],-15} {TimeSpan.FromTicks(phases[p]).TotalMilliseconds / count,7:0.00} ms each  {100.0 * phases[p] / sum,5:0.0} %");
}

async Task One(int i)
{
    var model = Sample.Model($"Nguyễn Thị Ngọc Ánh {i}");
    var stamp = new RenditionStamp(Guid.NewGuid(), 1, now, null);
    var url = $"https://truongso.example/xac-thuc/{stamp.DocumentId}";
    var watch = Stopwatch.StartNew();
    var (pdf, slots) = TranscriptPdf.Render(model, stamp, url, preview: false);
    Add(0, watch);
    var xml = TranscriptXml.Render(model, stamp, url);
    Add(1, watch);
    for (var r = 0; r < roles.Length; r++)
    {
        var (role, credential, reason) = roles[r];
        var slot = slots.Single(s => s.Role == role);
        pdf = await pades.SignAsync(pdf, credential, new PdfSignatureRequest(reason, "Hà Nội", PageIndex: slot.PageIndex,
            Box: new SignatureBox(slot.Box.X, slot.Box.Y, slot.Box.Width, slot.Box.Height), FieldName: $"ChuKy{r + 1}"));
        Add(2 + r, watch);
    }
    await xmlSigner.SignAsync(xml, seal);
    Add(5, watch);
    Interlocked.Add(ref bytes, pdf.Length);
}

void Add(int phase, Stopwatch watch)
{
    Interlocked.Add(ref phases[phase], watch.Elapsed.Ticks);
    watch.Restart();
}

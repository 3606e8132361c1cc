using PdfSharp.Fonts;
using TruongSo.Web.Platform.Pdf.Fonts;

namespace TruongSo.Web.Platform.Pdf;

/// <summary>
/// PDFsharp's process-wide settings, set once before the first document: the AGPL licence choice
/// (the project is AGPL-3.0-or-later, ADR 0009) and the app's font resolver. Anything in the app
/// that makes or signs a PDF with PDFsharp calls <see cref="Ensure"/> first.
/// </summary>
public static class PdfSetup
{
    private static readonly Lazy<bool> Done = new(() =>
    {
        PdfSharp.PdfSharpLicense.SetAgplLicense();
        GlobalFontSettings.FontResolver ??= new AppFontResolver();
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Ensure() => _ = Done.Value;
}

namespace TruongSo.Web.Platform.Hosting;

/// <summary>A configuration the operator must fix; the CLI prints the message alone and exits 1.</summary>
public sealed class SetupException(string message) : Exception(message);

namespace TruongSo.Web.Modules.Organization.ManageClasses;

/// <summary>The class forms' fields, as posted.</summary>
public sealed class ClassInput
{
    public int Grade { get; set; }
    public string? Name { get; set; }
    public string? Room { get; set; }
    public Guid Version { get; set; }
}

namespace TruongSo.Web.Modules.People.Rules;

/// <summary>How a guardian is related to a student, as the school's forms write it.</summary>
public static class GuardianRelations
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["cha"] = "Cha",
        ["me"] = "Mẹ",
        ["ong"] = "Ông",
        ["ba"] = "Bà",
        ["anh"] = "Anh",
        ["chi"] = "Chị",
        ["nguoi-giam-ho"] = "Người giám hộ",
    };

    public static string Name(string code) => All.GetValueOrDefault(code, code);

    public static string? Check(string? relation) => relation is not null && All.ContainsKey(relation) ? null
        : $"Quan hệ '{relation}' không hợp lệ; chọn một trong: {string.Join(", ", All.Keys)}.";
}

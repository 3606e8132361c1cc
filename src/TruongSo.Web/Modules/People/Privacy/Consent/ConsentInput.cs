using TruongSo.Web.Modules.People.Privacy.Data;

namespace TruongSo.Web.Modules.People.Privacy.Consent;

/// <param name="Purpose">hoc-tap, lien-lac, hinh-anh (<see cref="ConsentPurposes"/>).</param>
/// <param name="Given">True to consent, false to withdraw.</param>
/// <param name="Party">Staff only: Guardian or Student (the portal knows who is asking).</param>
/// <param name="GuardianId">Staff only, with Party = Guardian: which of the child's guardians signed.</param>
/// <param name="Method">Staff only: InPerson (paper, the default) or Online.</param>
public sealed record ConsentInput(string? Purpose, bool? Given, ConsentParty? Party = null, Guid? GuardianId = null, ConsentMethod? Method = null, string? Note = null)
{
    /// <summary>Field errors common to both doors, in Vietnamese.</summary>
    public Refusal? Invalid()
    {
        var errors = new Dictionary<string, string>();
        if (ConsentPurposes.Find(Purpose) is null)
        {
            errors["purpose"] = "Hãy chọn mục đích xử lý dữ liệu: hoc-tap, lien-lac hoặc hinh-anh.";
        }
        if (Given is null)
        {
            errors["given"] = "Hãy cho biết đồng ý (true) hay rút lại đồng ý (false).";
        }
        if (Note is { Length: > 500 })
        {
            errors["note"] = "Ghi chú dài tối đa 500 ký tự.";
        }
        return errors.Count == 0 ? null : Refusal.Invalid(errors);
    }
}

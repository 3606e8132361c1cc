using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TruongSo.Web.Modules.Attendance.Data;
using TruongSo.Web.Platform.Time;

namespace TruongSo.Web.Modules.Attendance.TakeRegister;

/// <summary>/diem-danh/lop/{classId}?ngay=yyyy-MM-dd&amp;buoi=sang|chieu[&amp;tiet=n]: the phone-first register; one post saves it.</summary>
public partial class RegisterPage
{
    private static readonly (string Code, string Label)[] Choices = [("", "Có mặt"), ("P", "Nghỉ có phép"), ("K", "Nghỉ không phép"), ("M", "Đi muộn")];
    private static readonly string[] Days = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Parameter] public Guid ClassId { get; set; }
    [SupplyParameterFromQuery(Name = "ngay")] private string? DateQuery { get; set; }
    [SupplyParameterFromQuery(Name = "buoi")] private string? SessionQuery { get; set; }
    [SupplyParameterFromQuery(Name = "tiet")] private int? PeriodQuery { get; set; }
    [SupplyParameterFromQuery(Name = "daLuu")] private int? Saved { get; set; }
    [SupplyParameterFromForm(FormName = "register")] private RegisterInput? Input { get; set; }

    private ClassDayView? view;
    private AttendanceRefusal? refusedRead;
    private AttendanceRefusal? refusal;

    private DateOnly Date => DateOnly.TryParseExact(DateQuery, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
        ? d : SchoolDay.Today(Get<TimeProvider>());

    private Session Session => Codes.Session(SessionQuery) ?? Session.Morning;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        (view, refusedRead) = await Get<ClassDay>().HandleAsync(user, ClassId, Date, Session, PeriodQuery);
    }

    private async Task SaveAsync()
    {
        var absent = (Input?.Status ?? []).Where(s => !string.IsNullOrEmpty(s.Value)).Select(s => new AbsentEntry(s.Key, s.Value)).ToList();
        var (saved, refused) = await Get<SaveRegister>().HandleAsync((await AuthState).User, ClassId, Date, Session, view?.ByPeriod == true ? view.Period : null, absent, Input?.Reason);
        if (refused is not null)
        {
            refusal = refused;
            return;
        }
        var period = view?.ByPeriod == true ? $"&tiet={saved!.Period}" : "";
        Navigation.NavigateTo($"/diem-danh/lop/{ClassId}?ngay={Date:yyyy-MM-dd}&buoi={Codes.Of(Session)}{period}&daLuu=1", forceLoad: true);
    }

    private T Get<T>() where T : notnull => ScopedServices.GetRequiredService<T>();

    private string DayName(DateOnly date) => T[Days[(int)date.DayOfWeek]];

    private static string ShortLabel(string code) => code == "" ? "Có mặt" : code;

    private sealed class RegisterInput
    {
        public Dictionary<Guid, string?> Status { get; set; } = [];
        public string? Reason { get; set; }
    }
}

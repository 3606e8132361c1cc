using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TruongSo.Web.Modules.Gradebook.Data;
using TruongSo.Web.Modules.Gradebook.Evaluation;

namespace TruongSo.Web.Modules.Gradebook.HomeroomResults;

/// <summary>/chu-nhiem/{classId}: the class's results by term and year, what the GVCN enters, the summary, closing.</summary>
public partial class HomeroomPage
{
    private static readonly (string Code, string Name)[] Periods = [("hk1", "Học kì I"), ("hk2", "Học kì II"), ("year", "Cả năm")];

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Parameter] public Guid ClassId { get; set; }
    [SupplyParameterFromQuery(Name = "ky")] private string? PeriodQuery { get; set; }
    [SupplyParameterFromQuery(Name = "daLuu")] private int? Saved { get; set; }

    private ClassResultsView? view;
    private GradebookRefusal? refusedRead;
    private GradebookRefusal? refusal;

    private GradingPeriod Period => ResultCodes.Period(PeriodQuery) ?? GradingPeriod.Hk1;

    private string PeriodName => ResultCodes.Vi(Period);

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        (view, refusedRead) = await Get<ClassResultsQuery>().HandleAsync(user, ClassId, Period);
    }

    private T Get<T>() where T : notnull => ScopedServices.GetRequiredService<T>();

    private async Task CloseAsync()
    {
        var (_, refused) = await Get<CloseHomeroom>().HandleAsync((await AuthState).User, ClassId, Period);
        Done(refused, 2);
    }

    /// <summary>Post, redirect, get: a refusal is shown on this render; a success reloads the page.</summary>
    internal void Done(GradebookRefusal? refused, int saved = 1)
    {
        if (refused is not null)
        {
            refusal = refused;
            return;
        }
        Navigation.NavigateTo($"/chu-nhiem/{ClassId}?ky={ResultCodes.Of(Period)}&daLuu={saved}", forceLoad: true);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace TruongSo.Web.Modules.People.Contracts;

/// <summary>The endpoint filter that logs a staff view of a child's data (see <see cref="IStudentDataViews"/>).</summary>
public static class StudentDataViewLogging
{
    /// <summary>
    /// After a successful answer, logs that the caller viewed the data of the student named by the
    /// route value <paramref name="routeValue"/>. Refusals (404) are not views; families are not logged.
    /// </summary>
    public static TBuilder LogsStudentDataView<TBuilder>(this TBuilder builder, string what, string routeValue = "studentId")
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var http = context.HttpContext;
            var succeeded = result is not IStatusCodeHttpResult { StatusCode: >= 300 } and not ProblemHttpResult;
            if (succeeded && http.Request.RouteValues.TryGetValue(routeValue, out var value) && Guid.TryParse(value?.ToString(), out var studentId))
            {
                await http.RequestServices.GetRequiredService<IStudentDataViews>()
                    .RecordAsync(http.User, studentId, what, http.Request.Path.Value ?? "", http.RequestAborted);
            }
            return result;
        });
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace TruongSo.Web.Platform.Errors;

/// <summary>
/// Handlers check uniqueness first and name the field; this catches the race in which two requests
/// pass that check at once and the database's unique index refuses the second: 409, not 500.
/// </summary>
internal sealed class UniqueViolations : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DbUpdateException { InnerException: var inner } || !IsUniqueViolation(inner))
        {
            return false;
        }
        http.Response.StatusCode = StatusCodes.Status409Conflict;
        await Problems.Conflict("Dữ liệu vừa được người khác ghi trùng (mã hoặc tên đã tồn tại); hãy tải lại và thử lại.").ExecuteAsync(http);
        return true;
    }

    private static bool IsUniqueViolation(Exception? e) => e switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        _ => false,
    };
}

using Microsoft.EntityFrameworkCore;

namespace TruongSo.Web.Platform.Web;

/// <summary>The same paging everywhere: ?page=1&amp;pageSize=50 in, this envelope out.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => (TotalCount + PageSize - 1) / PageSize;
}

public readonly record struct PageQuery(int? Page, int? PageSize)
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    public int Number => Page ?? 1;
    public int Size => PageSize ?? DefaultPageSize;

    /// <summary>The field and Vietnamese message of the first problem, if any.</summary>
    public (string Field, string Message)? Problem() =>
        Number < 1 ? ("page", "Số trang phải từ 1 trở lên.")
        : Size is < 1 or > MaxPageSize ? ("pageSize", $"Số dòng mỗi trang phải từ 1 đến {MaxPageSize}.")
        : null;
}

public static class PagingExtensions
{
    /// <param name="query">Must be ordered, or pages would overlap.</param>
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> query, PageQuery page, CancellationToken ct = default)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page.Number - 1) * page.Size).Take(page.Size).ToListAsync(ct);
        return new Paged<T>(items, page.Number, page.Size, total);
    }
}

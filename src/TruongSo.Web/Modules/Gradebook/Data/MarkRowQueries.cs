using Microsoft.EntityFrameworkCore;

namespace TruongSo.Web.Modules.Gradebook.Data;

public static class MarkRowQueries
{
    /// <summary>
    /// The cells of the rows that match, as marks, read only: SQL picks the rows, code the cells (no SQL reaches a
    /// single cell, ADR 0018).
    /// </summary>
    public static async Task<List<Mark>> MarksAsync(this IQueryable<MarkRow> rows, CancellationToken ct = default) =>
        (await rows.AsNoTracking().ToListAsync(ct)).SelectMany(r => r.Marks()).ToList();
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace TruongSo.Web.Platform.Data;

/// <summary>
/// A hand-written command on the context's connection and in its transaction, for the few statements on a
/// hot path (a sheet's save) where EF's query pipeline and materializer cost more than the database does.
/// Parameters are named @name in the SQL; values are bound as the provider binds them for EF.
/// </summary>
internal static class PlainCommands
{
    public static DbCommand Create(AppDbContext db, string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(parameters);
        var cmd = db.Database.GetDbConnection().CreateCommand();
        (cmd.CommandText, cmd.Transaction) = (sql, db.Database.CurrentTransaction?.GetDbTransaction());
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            (p.ParameterName, p.Value) = (name, value);
            cmd.Parameters.Add(p);
        }
        return cmd;
    }
}

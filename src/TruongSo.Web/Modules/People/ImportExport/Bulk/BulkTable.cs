using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace TruongSo.Web.Modules.People.ImportExport.Bulk;

/// <summary>
/// An entity's table as EF Core maps it: column names, store types, and each property's value
/// converted the way EF converts it (enums to their names, ...). The bulk writers take everything
/// from here, so a column added to the model is written by the import without a change, and the
/// values have the formats EF itself writes (SQLite: upper-case GUID text, yyyy-MM-dd dates).
/// </summary>
internal sealed class BulkTable
{
    private BulkTable(string name, IReadOnlyList<BulkColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }

    public IReadOnlyList<BulkColumn> Columns { get; }

    public static BulkTable Of<T>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => !p.IsShadowProperty())
            .Select(p => new BulkColumn(p.GetColumnName(store)!, p.GetColumnType(), p.GetRelationalTypeMapping(), p.GetGetter(), p.IsPrimaryKey()))
            .ToList();
        return new BulkTable(table, columns);
    }

    public static string Quoted(string identifier) => $"\"{identifier}\"";

    public BulkColumn Column(string name) => Columns.Single(c => c.Name == name);
}

internal sealed record BulkColumn(string Name, string StoreType, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, bool IsKey)
{
    /// <summary>The property's value as the provider stores it (after EF's value converter).</summary>
    public object? ModelValueOf(object entity) => Getter.GetClrValueUsingContainingEntity(entity);

    public object? ValueOf(object entity)
    {
        var value = ModelValueOf(entity);
        return value is null ? null : Mapping.Converter is { } c ? c.ConvertToProvider(value) : value;
    }
}

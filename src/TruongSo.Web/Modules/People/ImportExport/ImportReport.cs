namespace TruongSo.Web.Modules.People.ImportExport;

public enum ImportMode { AllOrNothing, ValidOnly }

/// <summary>A problem in the file: <see cref="Row"/> as Excel numbers it (0 for the file as a whole), the column's header, a Vietnamese message.</summary>
public sealed record ImportError(int Row, string? Column, string Message);

/// <summary>What an import did. <see cref="Written"/> is false when nothing was saved.</summary>
public sealed record ImportReport(int RowsRead, int Created, int Updated, int Skipped, IReadOnlyList<ImportError> Errors, bool Written)
{
    public static ImportReport Refused(int rowsRead, IReadOnlyList<ImportError> errors) => new(rowsRead, 0, 0, rowsRead, errors, false);

    public static ImportReport FileError(string message) => Refused(0, [new ImportError(0, null, message)]);
}

public enum ImportStage { Reading, Validating, Writing }

/// <summary>Progress for a bar: which stage, and rows done out of a total (0 while unknown).</summary>
public readonly record struct ImportProgress(ImportStage Stage, int Done, int Total);

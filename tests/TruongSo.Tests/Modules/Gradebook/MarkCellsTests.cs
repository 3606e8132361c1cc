using TruongSo.Web.Modules.Gradebook.Data;

namespace TruongSo.Tests.Modules.Gradebook;

/// <summary>The cells of a row of marks as JSON (ADR 0018): the form the migration writes, and back to marks unchanged.</summary>
public sealed class MarkCellsTests
{
    private static readonly Guid Teacher = Guid.Parse("0193a5b2-7c1d-7e2f-8a3b-4c5d6e7f8091");
    private static readonly DateTime At = new DateTime(2026, 11, 22, 3, 4, 5, DateTimeKind.Utc).AddTicks(1_234_567);

    [Fact]
    public void Cells_are_keyed_by_column_in_order_leaving_out_what_is_empty()
    {
        var json = MarkCells.Write([
            new Mark { Column = MarkColumn.Gk, Level = "D", Note = MarkNote.MakeUp, Version = 2, UpdatedAt = At },
            new Mark { Column = MarkColumn.Tx1, Tenths = 85, Version = 1, UpdatedAt = At, UpdatedBy = Teacher },
        ]);

        json.Should().Be("""{"Tx1":{"t":85,"v":1,"at":"2026-11-22T03:04:05.1234567Z","by":"0193a5b2-7c1d-7e2f-8a3b-4c5d6e7f8091"},"Gk":{"l":"D","n":"MakeUp","v":2,"at":"2026-11-22T03:04:05.1234567Z"}}""");
    }

    [Fact]
    public void A_row_gives_back_its_cells_with_its_owner_and_reads_the_migrations_spacing_and_nulls()
    {
        var row = new MarkRow
        {
            StudentId = Guid.NewGuid(), SubjectId = Guid.NewGuid(), SchoolYearId = Guid.NewGuid(), ClassId = Guid.NewGuid(), Term = 2,
            Cells = """{ "Ck" : {"t" : 70, "l" : null, "n" : "AbsentWithoutReason", "v" : 4, "at" : "2026-11-22T03:04:05.123456Z", "by" : "0193A5B2-7C1D-7E2F-8A3B-4C5D6E7F8091"}, "Tx4": {"l": "CD", "v": 1, "at": "2026-11-22T03:04:05Z"} }""",
        };

        var marks = row.Marks();

        marks.Select(m => (m.Column, m.Tenths, m.Level, m.Note, m.Version, m.UpdatedAt, m.UpdatedBy, m.StudentId, m.Term, m.ClassId)).Should().Equal(
            (MarkColumn.Ck, 70, null, MarkNote.AbsentWithoutReason, 4, At.AddTicks(-7), Teacher, row.StudentId, 2, row.ClassId),
            (MarkColumn.Tx4, null, "CD", MarkNote.None, 1, At.AddTicks(-1_234_567), null, row.StudentId, 2, row.ClassId));
        marks.Should().OnlyContain(m => m.UpdatedAt.Kind == DateTimeKind.Utc);
        MarkRow.Of(marks).Marks().Should().BeEquivalentTo(marks, "written and read back unchanged");
    }
}

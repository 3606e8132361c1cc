using Microsoft.EntityFrameworkCore;
using Npgsql;
using TruongSo.Web.Platform.Data;

namespace TruongSo.Tests.Platform;

public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void An_operators_connection_string_gets_prepared_statements_and_no_reset_on_close()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db.so.example;Database=truongso;Username=app;Maximum Pool Size=40"));

        applied.MaxAutoPrepare.Should().Be(PostgresConnectionDefaults.PreparedPerConnection);
        applied.NoResetOnClose.Should().BeTrue();
        (applied.Host, applied.Database, applied.Username, applied.MaxPoolSize).Should().Be(("db.so.example", "truongso", "app", 40), "the operator's settings stay");
    }

    [PostgresFact]
    public async Task The_apps_connections_prepare_a_statement_they_run_again_and_are_not_reset()
    {
        await using var app = await TestApp.StartAsync(Engine.Postgres);

        var prepared = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            for (var i = 0; i < 6; i++)
            {
                await using var again = connection.CreateCommand();
                again.CommandText = "SELECT count(*) FROM audit_entries WHERE chain = 'x'";
                await again.ExecuteScalarAsync();
            }
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%FROM audit_entries WHERE chain%'";
            return (long)(await count.ExecuteScalarAsync())!;
        });

        prepared.Should().Be(1, "a statement run again on a connection is prepared there (Npgsql prepares on the fifth use)");
        new NpgsqlConnectionStringBuilder(await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString())))
            .NoResetOnClose.Should().BeTrue();
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;NORESETONCLOSE=false")]
    public void What_the_operator_wrote_wins_however_they_spelled_it(string connectionString)
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString));

        applied.MaxAutoPrepare.Should().Be(0);
        applied.NoResetOnClose.Should().BeFalse();
    }
}

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

using System.Reflection;
using Xunit.Sdk;

namespace TruongSo.Tests.Infrastructure;

public enum Engine { Sqlite, Postgres }

/// <summary>
/// Runs a theory once per database engine. PostgreSQL is always included: ./test.sh starts one;
/// set TRUONGSO_TEST_ENGINES=sqlite to run SQLite alone while iterating locally.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class EnginesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => Engines.Selected.Select(e => new object[] { e });
}

public static class Engines
{
    public static IReadOnlyList<Engine> Selected { get; } =
        Environment.GetEnvironmentVariable("TRUONGSO_TEST_ENGINES") is "sqlite" ? [Engine.Sqlite] : [Engine.Sqlite, Engine.Postgres];
}

/// <summary>A fact about PostgreSQL alone (its locks, its triggers): not run when TRUONGSO_TEST_ENGINES=sqlite leaves it out.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!Engines.Selected.Contains(Engine.Postgres))
        {
            Skip = "TRUONGSO_TEST_ENGINES=sqlite";
        }
    }
}

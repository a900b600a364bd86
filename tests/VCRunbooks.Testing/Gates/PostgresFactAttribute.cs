using Xunit;

namespace VCRunbooks.Testing.Gates;

/// <summary>A fact that needs the shared PostgreSQL (VCRUNBOOKS_TEST_POSTGRES, set by tests/scripts/services.sh); skipped without it.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "VCRUNBOOKS_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (ConnectionString is null)
        {
            Skip = $"{Variable} is not set: run `source tests/scripts/services.sh && start_postgres`.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;
}

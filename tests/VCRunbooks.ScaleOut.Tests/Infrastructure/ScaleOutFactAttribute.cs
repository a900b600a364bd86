namespace VCRunbooks.ScaleOut.Tests.Infrastructure;

/// <summary>A fact that needs a real PostgreSQL and RabbitMQ; skipped, with the reason shown, unless both are configured.</summary>
public sealed class ScaleOutFactAttribute : FactAttribute
{
    public const string PostgresVariable = "VCRUNBOOKS_TEST_POSTGRES";
    public const string RabbitMqVariable = "VCRUNBOOKS_TEST_RABBITMQ";

    public ScaleOutFactAttribute()
    {
        if (Postgres is null || RabbitMq is null)
        {
            Skip = $"{PostgresVariable} and {RabbitMqVariable} must both be set; tests/run-all.sh starts PostgreSQL and RabbitMQ on 127.0.0.1 and sets them.";
        }
    }

    public static string? Postgres => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    public static string? RabbitMq => Environment.GetEnvironmentVariable(RabbitMqVariable) is { Length: > 0 } s ? s : null;
}

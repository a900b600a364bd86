using Xunit;

namespace VCRunbooks.Testing.Gates;

/// <summary>A fact that needs a real RabbitMQ: skipped, with the reason shown, unless VCRUNBOOKS_TEST_RABBITMQ holds an amqp URL.</summary>
public sealed class RabbitMqFactAttribute : FactAttribute
{
    public const string Variable = "VCRUNBOOKS_TEST_RABBITMQ";

    public RabbitMqFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Url))
        {
            Skip = $"{Variable} is not set; tests/run-all.sh starts RabbitMQ on 127.0.0.1 and sets it.";
        }
    }

    public static string? Url => Environment.GetEnvironmentVariable(Variable);
}

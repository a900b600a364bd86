namespace VCRunbooks.Server.Tests.Messaging;

/// <summary>Needs a loopback RabbitMQ this test may stop and start through tests/scripts/services.sh.</summary>
public sealed class RabbitMqOutageFactAttribute : FactAttribute
{
    public RabbitMqOutageFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(RabbitMqFactAttribute.Url))
        {
            Skip = $"{RabbitMqFactAttribute.Variable} is not set; tests/run-all.sh starts RabbitMQ on 127.0.0.1 and sets it.";
        }
        else if (!new Uri(RabbitMqFactAttribute.Url).IsLoopback || LocalRabbitMq.ServicesScript is null)
        {
            Skip = "The outage test stops and starts RabbitMQ itself, so it needs the loopback broker of tests/scripts/services.sh.";
        }
    }
}

namespace VCRunbooks.VCenter.Deployment;

/// <summary>The migration assistant running on the Windows source.</summary>
public sealed record MigrationAssistantSpec
{
    public long? HttpsPort { get; init; }
    public required string SslThumbprint { get; init; }
}

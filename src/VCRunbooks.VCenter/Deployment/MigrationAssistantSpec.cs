namespace VCRunbooks.VCenter.Deployment;

/// <summary>The migration assistant running on the Windows source.</summary>
public sealed record MigrationAssistantSpec
{
    /// <summary>HTTPS port of the Migration Assistant; null means 9123.</summary>
    public long? HttpsPort { get; init; }
    /// <summary>SHA-1 thumbprint of the Migration Assistant's certificate.</summary>
    public required string SslThumbprint { get; init; }
}

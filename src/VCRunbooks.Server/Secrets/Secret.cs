namespace VCRunbooks.Server.Secrets;

/// <summary>A stored secret: its value only ever in Data Protection's protected form.</summary>
internal sealed class Secret
{
    public required string Name { get; set; }
    public required string ProtectedValue { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

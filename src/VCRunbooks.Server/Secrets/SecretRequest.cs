using VCRunbooks.Server.Logging;

namespace VCRunbooks.Server.Secrets;

/// <summary>A secret value to store; it is encrypted at once and can never be read back through the API.</summary>
internal sealed record SecretRequest
{
    [Sensitive]
    public string? Value { get; init; }
    /// <summary>What the secret is for, shown in listings.</summary>
    public string? Description { get; init; }

    /// <summary>Never print the value, whatever formats this record.</summary>
    public override string ToString() => $"SecretRequest {{ Value = {Redaction.Mask}, Description = {Description} }}";
}

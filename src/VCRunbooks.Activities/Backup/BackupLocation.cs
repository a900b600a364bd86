using VCRunbooks.Activities.Targets;
using VCRunbooks.VCenter.Recovery;

namespace VCRunbooks.Activities.Backup;

/// <summary>Turns the location inputs shared by backup, schedule and restore activities into typed values, secrets revealed.</summary>
internal static class BackupLocation
{
    public static LocationType ParseType(string text) =>
        Enum.TryParse<LocationType>(text, ignoreCase: true, out var type) && Enum.IsDefined(type)
            ? type
            : throw new ArgumentException($"LocationType '{text}' is not one of {string.Join(", ", Enum.GetNames<LocationType>())}.", nameof(text));

    /// <summary>The secret's value, null when no secret is named; a named secret that does not exist is an error naming it.</summary>
    public static async Task<string?> RevealAsync(ICredentialStore credentials, string? secretName, string input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secretName))
        {
            return null;
        }

        return await credentials.RevealAsync(secretName, cancellationToken)
            ?? throw new InvalidOperationException($"Input {input} names the secret '{secretName}', which does not exist.");
    }
}

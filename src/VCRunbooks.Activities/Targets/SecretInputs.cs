namespace VCRunbooks.Activities.Targets;

/// <summary>Inputs that name a secret (a password, a token) rather than carry it: the value comes from the credential store.</summary>
internal static class SecretInputs
{
    /// <summary>The secret's value, null when no secret is named; a named secret that does not exist is an error naming the input and the secret.</summary>
    public static async Task<string?> RevealInputAsync(this ICredentialStore credentials, string? secretName, string input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secretName))
        {
            return null;
        }

        return await credentials.RevealAsync(secretName, cancellationToken)
            ?? throw new InvalidOperationException($"Input {input} names the secret '{secretName}', which does not exist.");
    }
}

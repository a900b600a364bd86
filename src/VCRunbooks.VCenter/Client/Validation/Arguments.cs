namespace VCRunbooks.VCenter.Client.Validation;

/// <summary>Checks done before anything is sent, each naming the argument at fault.</summary>
internal static class Arguments
{
    public static string NotEmpty(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("The value must not be empty.", name) : value;

    public static T Defined<T>(T value, string name) where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"Unknown {typeof(T).Name} value; use one of {string.Join(", ", Enum.GetNames<T>())}.");

    public static void Defined<T>(IEnumerable<T>? values, string name) where T : struct, Enum
    {
        foreach (var value in values ?? [])
        {
            Defined(value, name);
        }
    }

    public static T NotNull<T>(T? value, string name) where T : class =>
        value ?? throw new ArgumentNullException(name);

    /// <summary>
    /// The spec's rule for backup passwords: 8-20 visible ASCII characters with an upper-case letter, a lower-case
    /// letter, a digit and a special character. Null means "not encrypted" and is allowed.
    /// </summary>
    public static void BackupPassword(string? value, string name)
    {
        if (value is null)
        {
            return;
        }
        if (value.Length is < 8 or > 20)
        {
            throw new ArgumentException($"The backup password must be 8 to 20 characters long (it has {value.Length}).", name);
        }
        if (value.Any(c => c is <= ' ' or > '~'))
        {
            throw new ArgumentException("The backup password may contain only visible ASCII characters (no spaces).", name);
        }
        if (!value.Any(char.IsAsciiLetterUpper) || !value.Any(char.IsAsciiLetterLower) || !value.Any(char.IsAsciiDigit) || value.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("The backup password needs an upper-case letter, a lower-case letter, a digit and a special character.", name);
        }
    }

    public static void Percent(long value, string name)
    {
        if (value is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be between 0 and 100.");
        }
    }
}

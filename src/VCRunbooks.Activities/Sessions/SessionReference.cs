namespace VCRunbooks.Activities.Sessions;

/// <summary>
/// What CreateSession hands to later activities: a target name and how to log in, as text ("vc01/Sso"). It names
/// no live connection, so a run resumed in another process simply logs in again.
/// </summary>
public sealed record SessionReference(string Target, SessionKind Kind)
{
    /// <summary><c>target/Kind</c>, the form <see cref="Parse"/> reads.</summary>
    public override string ToString() => $"{Target}/{Kind}";

    /// <summary>Parses "target/Sso" or "target/Root"; throws an <see cref="ArgumentException"/> naming what was wrong.</summary>
    public static SessionReference Parse(string text)
    {
        var slash = text.LastIndexOf('/');
        if (slash <= 0 || !Enum.TryParse<SessionKind>(text[(slash + 1)..], ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw new ArgumentException($"'{text}' is not a session; use the Session output of CreateSession (e.g. \"vc01/Sso\").", nameof(text));
        }

        return new SessionReference(text[..slash], kind);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace VCRunbooks.Server.Auth;

/// <summary>
/// The accepted API keys, held only as SHA-256 hashes. Lookup is by hash, so timing reveals nothing usable about a
/// key (an attacker would have to find hash preimages).
/// </summary>
internal sealed class ApiKeyRing
{
    private readonly Dictionary<string, ApiKeyIdentity> _byHash = new(StringComparer.OrdinalIgnoreCase);

    public ApiKeyRing(AuthOptions options, FirstRunAdminKey? firstRun)
    {
        foreach (var key in options.ApiKeys)
        {
            if (!Roles.IsKnown(key.Role))
            {
                throw new InvalidOperationException($"Auth:ApiKeys '{key.Name}' has role '{key.Role}'; use one of {string.Join(", ", Roles.Ordered)}.");
            }
            var hash = key.KeySha256 ?? (key.Key is { Length: >= 16 } plain ? Hash(plain)
                : throw new InvalidOperationException($"Auth:ApiKeys '{key.Name}' needs a Key of at least 16 characters or a KeySha256."));
            _byHash[hash] = new ApiKeyIdentity(key.Name, key.Role);
        }
        if (firstRun is not null)
        {
            _byHash[Hash(firstRun.Key)] = new ApiKeyIdentity(FirstRunAdminKey.IdentityName, Roles.Admin);
        }
    }

    public bool HasAdmin => _byHash.Values.Any(k => k.Role == Roles.Admin);

    public ApiKeyIdentity? Find(string presentedKey) => _byHash.GetValueOrDefault(Hash(presentedKey));

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

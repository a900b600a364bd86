using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Persistence;
using VCRunbooks.Server.Secrets;
using VCRunbooks.Server.Targets;

namespace VCRunbooks.Server.Simulator;

/// <summary>
/// Writes the demo fleet's targets and secrets, skipping what is already as it should be. Reads go through plain SQL
/// (<see cref="PlainSql"/>) so that a restart, where only the simulator's port changed, neither builds the EF model
/// nor loads the Data Protection key ring; every real write of a whole target or secret goes through the stores.
/// </summary>
internal sealed class DemoFleetWriter(ServerDatabase database, TargetStore targets, SecretStore secrets, DataFolder data, TimeProvider time)
{
    /// <summary>In the data folder: per demo secret, the protected value written last and the build that wrote it.</summary>
    public const string StampFile = "demo-fleet.json";

    private const string TargetColumns =
        "\"Name\", \"Address\", \"Scheme\", \"ApiPort\", \"ManagementPort\", \"HostHeader\", \"SsoUser\", \"SsoPasswordSecret\", \"RootPasswordSecret\", \"Thumbprint\", \"Tags\"";

    /// <summary>
    /// Sets each secret unless the stored row is the one this build wrote last time (same protected value, same
    /// description): a secret changed through the API, or a new build (its values are in the code), is set again.
    /// </summary>
    public async Task SecretsAsync(IReadOnlyList<(string Name, string Value, string Description)> wanted, CancellationToken cancellationToken)
    {
        var stampPath = data.File(StampFile);
        var stamp = ReadStamp(stampPath);
        var stored = (await PlainSql.ListAsync(database, $"SELECT \"Name\", \"ProtectedValue\", \"Description\" FROM server_secrets WHERE \"Name\" IN ({Names(wanted.Count)})",
                r => (Name: r.GetString(0), Protected: r.GetString(1), Description: r.NullableString(2)), cancellationToken,
                [.. wanted.Select((w, i) => ($"@n{i}", (object?)w.Name))]))
            .ToDictionary(s => s.Name, StringComparer.Ordinal);
        var build = typeof(DemoFleetWriter).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        var written = false;
        foreach (var (name, value, description) in wanted)
        {
            if (stored.TryGetValue(name, out var row) && row.Description == description
                && stamp.TryGetValue(name, out var last) && last.Build == build && last.ProtectedHash == Hash(row.Protected))
            {
                secrets.KnowValue(value);
                continue;
            }
            var (secret, _) = await secrets.SetAsync(name, value, description, cancellationToken);
            stamp[name] = new SecretStamp(build, Hash(secret.ProtectedValue));
            written = true;
        }
        if (written)
        {
            WriteStamp(stampPath, stamp);
        }
    }

    /// <summary>
    /// Makes each target what its request says: one that differs only in its ports gets the new ports in a plain
    /// UPDATE; one that is missing or differs in anything else is upserted through the target store.
    /// </summary>
    public async Task TargetsAsync(IReadOnlyList<(string Name, TargetRequest Request)> wanted, CancellationToken cancellationToken)
    {
        var stored = (await PlainSql.ListAsync(database, $"SELECT {TargetColumns} FROM server_targets WHERE \"Name\" IN ({Names(wanted.Count)})",
                ReadTarget, cancellationToken, [.. wanted.Select((w, i) => ($"@n{i}", (object?)w.Name))]))
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var (name, request) in wanted)
        {
            var desired = new Target { Name = name, Address = "" };
            TargetStore.Apply(request, desired);
            if (!stored.TryGetValue(name, out var row) || !SameButPorts(row, desired))
            {
                await targets.UpsertAsync(name, request, cancellationToken);
                continue;
            }
            if (row.ApiPort != desired.ApiPort || row.ManagementPort != desired.ManagementPort)
            {
                await PlainSql.ExecuteAsync(database,
                    "UPDATE server_targets SET \"ApiPort\" = @api, \"ManagementPort\" = @management, \"UpdatedAt\" = @now WHERE \"Name\" = @name",
                    cancellationToken, ("@api", desired.ApiPort), ("@management", desired.ManagementPort), ("@now", time.GetUtcNow()), ("@name", name));
            }
        }
    }

    private static string Names(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => $"@n{i}"));

    private static bool SameButPorts(Target stored, Target desired) =>
        stored.Address == desired.Address && stored.Scheme == desired.Scheme && stored.HostHeader == desired.HostHeader
        && stored.SsoUser == desired.SsoUser && stored.SsoPasswordSecret == desired.SsoPasswordSecret
        && stored.RootPasswordSecret == desired.RootPasswordSecret && stored.Thumbprint == desired.Thumbprint
        && stored.Tags.SequenceEqual(desired.Tags, StringComparer.Ordinal);

    private static Target ReadTarget(DbDataReader r) => new()
    {
        Name = r.GetString(0),
        Address = r.GetString(1),
        Scheme = r.GetString(2),
        ApiPort = r.GetInt32(3),
        ManagementPort = r.GetInt32(4),
        HostHeader = r.NullableString(5),
        SsoUser = r.GetString(6),
        SsoPasswordSecret = r.NullableString(7),
        RootPasswordSecret = r.NullableString(8),
        Thumbprint = r.NullableString(9),
        // EF keeps the tags as JSON text on SQLite and as a text[] array on PostgreSQL.
        Tags = r.GetValue(10) switch
        {
            string json => JsonSerializer.Deserialize<List<string>>(json) ?? [],
            IEnumerable<string> array => [.. array],
            _ => [],
        },
    };

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static Dictionary<string, SecretStamp> ReadStamp(string path)
    {
        try
        {
            return (File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, SecretStamp>>(File.ReadAllBytes(path)) : null)
                ?? new Dictionary<string, SecretStamp>(StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            // A damaged stamp only costs setting the secrets again.
            return new Dictionary<string, SecretStamp>(StringComparer.Ordinal);
        }
    }

    private static void WriteStamp(string path, Dictionary<string, SecretStamp> stamp)
    {
        try
        {
            var temporary = path + ".tmp";
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(stamp));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next start sets the secrets again.
        }
    }

    internal sealed record SecretStamp(string Build, string ProtectedHash);
}

using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Targets;

/// <summary>Reads and writes targets; the API and the demo fleet both go through it.</summary>
internal sealed class TargetStore(ServerDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<Target>> ListAsync(string? tag, CancellationToken cancellationToken)
    {
        var all = await db.Targets.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        // Tags are a JSON column on SQLite; filtering in memory keeps one query for both providers.
        return tag is null ? all : [.. all.Where(t => t.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase))];
    }

    public Task<Target?> FindAsync(string name, CancellationToken cancellationToken) =>
        db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name, cancellationToken);

    /// <summary>Creates or replaces a target; returns it and whether it was new.</summary>
    public async Task<(Target Target, bool Created)> UpsertAsync(string name, TargetRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
        var created = target is null;
        target ??= db.Targets.Add(new Target { Name = name, Address = "", CreatedAt = now }).Entity;
        Apply(request, target);
        target.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return (target, created);
    }

    /// <summary>Sets a target's fields as a request asks (defaults for what it leaves out, tags without repeats).</summary>
    public static void Apply(TargetRequest request, Target target)
    {
        target.Address = request.Address!;
        target.Scheme = request.Scheme ?? "https";
        target.ApiPort = request.ApiPort ?? 443;
        target.ManagementPort = request.ManagementPort ?? 5480;
        target.HostHeader = string.IsNullOrWhiteSpace(request.HostHeader) ? null : request.HostHeader;
        target.SsoUser = request.SsoUser ?? "administrator@vsphere.local";
        target.SsoPasswordSecret = request.SsoPasswordSecret;
        target.RootPasswordSecret = request.RootPasswordSecret;
        target.Thumbprint = request.Thumbprint?.Replace(":", "", StringComparison.Ordinal).ToUpperInvariant();
        target.Tags = [.. (request.Tags ?? []).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) =>
        await db.Targets.Where(t => t.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Names of the targets that refer to a secret.</summary>
    public async Task<IReadOnlyList<string>> ReferencingAsync(string secretName, CancellationToken cancellationToken) =>
        await db.Targets.Where(t => t.SsoPasswordSecret == secretName || t.RootPasswordSecret == secretName)
            .Select(t => t.Name).ToListAsync(cancellationToken);
}

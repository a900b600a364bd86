using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Logging;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Secrets;

/// <summary>Secrets encrypted with ASP.NET Core Data Protection; plain values exist only in memory, briefly.</summary>
internal sealed class SecretStore(ServerDbContext db, IDataProtectionProvider protection, SecretValueRegistry knownValues, TimeProvider time)
    : ISecretResolver
{
    /// <summary>Data Protection purpose: a key ring entry protects secrets only, not cookies or tokens.</summary>
    public const string Purpose = "VCRunbooks.Secrets.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public async Task<IReadOnlyList<Secret>> ListAsync(CancellationToken cancellationToken) =>
        await db.Secrets.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public Task<Secret?> FindAsync(string name, CancellationToken cancellationToken) =>
        db.Secrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == name, cancellationToken);

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) =>
        db.Secrets.AnyAsync(s => s.Name == name, cancellationToken);

    public async Task<(Secret Secret, bool Created)> SetAsync(string name, string value, string? description, CancellationToken cancellationToken)
    {
        knownValues.Add(value);
        var now = time.GetUtcNow();
        var secret = await db.Secrets.FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
        var created = secret is null;
        secret ??= db.Secrets.Add(new Secret { Name = name, ProtectedValue = "", CreatedAt = now }).Entity;
        secret.ProtectedValue = _protector.Protect(value);
        secret.Description = description;
        secret.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return (secret, created);
    }

    /// <summary>A value kept as it is stored (not set again) is still one the logs must never show.</summary>
    public void KnowValue(string value) => knownValues.Add(value);

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) =>
        await db.Secrets.Where(s => s.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;

    public async Task<string?> RevealAsync(string name, CancellationToken cancellationToken)
    {
        var secret = await FindAsync(name, cancellationToken);
        if (secret is null)
        {
            return null;
        }
        var value = _protector.Unprotect(secret.ProtectedValue);
        knownValues.Add(value);
        return value;
    }
}

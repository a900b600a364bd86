using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Secrets;
using VCRunbooks.Server.Targets;

namespace VCRunbooks.Server.Persistence;

/// <summary>What the server itself stores: targets and secrets. Run state belongs to the engine's own context.</summary>
internal sealed class ServerDbContext(DbContextOptions<ServerDbContext> options) : DbContext(options)
{
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<Secret> Secrets => Set<Secret>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Target>(target =>
        {
            target.ToTable("server_targets");
            target.HasKey(t => t.Name);
            target.Property(t => t.Name).HasMaxLength(TargetRules.MaxNameLength);
            target.Property(t => t.Address).HasMaxLength(253);
            target.Property(t => t.Scheme).HasMaxLength(5);
            target.Ignore(t => t.ApiBaseAddress);
            target.Ignore(t => t.ManagementBaseAddress);
        });
        modelBuilder.Entity<Secret>(secret =>
        {
            secret.ToTable("server_secrets");
            secret.HasKey(s => s.Name);
            secret.Property(s => s.Name).HasMaxLength(TargetRules.MaxNameLength);
        });
    }
}

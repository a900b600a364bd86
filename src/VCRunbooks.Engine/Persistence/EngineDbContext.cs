using Microsoft.EntityFrameworkCore;

namespace VCRunbooks.Engine.Persistence;

/// <summary>The engine's tables; the schema itself comes from the versioned SQL scripts (see <see cref="SchemaMigrator"/>).</summary>
internal sealed class EngineDbContext(DbContextOptions<EngineDbContext> options) : DbContext(options)
{
    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();
    public DbSet<RunRecord> Runs => Set<RunRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();
    public DbSet<PendingEventRecord> PendingEvents => Set<PendingEventRecord>();
    public DbSet<RetractionRecord> Retractions => Set<RetractionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DefinitionRecord>(e =>
        {
            e.ToTable("definitions");
            e.HasKey(x => new { x.DefinitionId, x.Version });
            e.Property(x => x.DefinitionId).HasColumnName("definition_id");
            e.Property(x => x.Version).HasColumnName("version");
            e.Property(x => x.Name).HasColumnName("name");
            e.Property(x => x.Json).HasColumnName("json");
            e.Property(x => x.PublishedAtMs).HasColumnName("published_at_ms");
            e.Property(x => x.SourcePath).HasColumnName("source_path");
            e.Property(x => x.SourceRevision).HasColumnName("source_revision");
            e.Property(x => x.SourceAuthor).HasColumnName("source_author");
        });
        modelBuilder.Entity<RunRecord>(e =>
        {
            e.ToTable("runs");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.DefinitionId).HasColumnName("definition_id");
            e.Property(x => x.DefinitionVersion).HasColumnName("definition_version");
            e.Property(x => x.Status).HasColumnName("status");
            e.Property(x => x.State).HasColumnName("state");
            e.Property(x => x.ParentRunId).HasColumnName("parent_run_id");
            e.Property(x => x.IdempotencyKey).HasColumnName("idempotency_key");
            e.Property(x => x.Error).HasColumnName("error");
            e.Property(x => x.Target).HasColumnName("target");
            e.Property(x => x.CreatedAtMs).HasColumnName("created_at_ms");
            e.Property(x => x.UpdatedAtMs).HasColumnName("updated_at_ms");
            e.Property(x => x.Revision).HasColumnName("revision").IsConcurrencyToken();
        });
        modelBuilder.Entity<BookmarkRecord>(e =>
        {
            e.ToTable("bookmarks");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.RunId).HasColumnName("run_id");
            e.Property(x => x.Kind).HasColumnName("kind");
            e.Property(x => x.Name).HasColumnName("name");
            e.Property(x => x.CorrelationKey).HasColumnName("correlation_key");
            e.Property(x => x.DueAtMs).HasColumnName("due_at_ms");
            e.Property(x => x.Triggered).HasColumnName("triggered");
            e.Property(x => x.Payload).HasColumnName("payload");
            e.Property(x => x.Metadata).HasColumnName("metadata");
            e.Property(x => x.CreatedAtMs).HasColumnName("created_at_ms");
        });
        modelBuilder.Entity<JournalRecord>(e =>
        {
            e.ToTable("journal");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
            e.Property(x => x.RunId).HasColumnName("run_id");
            e.Property(x => x.Seq).HasColumnName("seq");
            e.Property(x => x.AtMs).HasColumnName("at_ms");
            e.Property(x => x.Kind).HasColumnName("kind");
            e.Property(x => x.ActivityId).HasColumnName("activity_id");
            e.Property(x => x.Message).HasColumnName("message");
            e.Property(x => x.Data).HasColumnName("data");
        });
        modelBuilder.Entity<OutboxRecord>(e =>
        {
            e.ToTable("outbox");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
            e.Property(x => x.RunId).HasColumnName("run_id");
            e.Property(x => x.Type).HasColumnName("type");
            e.Property(x => x.Payload).HasColumnName("payload");
            e.Property(x => x.CreatedAtMs).HasColumnName("created_at_ms");
            e.Property(x => x.EventCount).HasColumnName("event_count");
            e.Property(x => x.FirstId).HasColumnName("first_id");
            e.Ignore(x => x.Event);
        });
        modelBuilder.Entity<PendingEventRecord>(e =>
        {
            e.ToTable("pending_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id");
            e.Property(x => x.Name).HasColumnName("name");
            e.Property(x => x.CorrelationKey).HasColumnName("correlation_key");
            e.Property(x => x.Payload).HasColumnName("payload");
            e.Property(x => x.CreatedAtMs).HasColumnName("created_at_ms");
            e.Property(x => x.ExpiresAtMs).HasColumnName("expires_at_ms");
        });
        modelBuilder.Entity<RetractionRecord>(e =>
        {
            e.ToTable("definition_retractions");
            e.HasKey(x => x.DefinitionId);
            e.Property(x => x.DefinitionId).HasColumnName("definition_id");
            e.Property(x => x.Reason).HasColumnName("reason");
            e.Property(x => x.RetractedAtMs).HasColumnName("retracted_at_ms");
        });
    }
}

using Microsoft.EntityFrameworkCore.Diagnostics;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.CodeGuard;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine;

/// <summary>Engine settings: storage, commit strategy, workers, time and error classification.</summary>
public sealed class EngineOptions
{
    private TimeProvider? _timeProvider;

    /// <summary>The database the engine uses; set with <see cref="UseSqlite"/> or <see cref="UsePostgres"/>. SQLite by default.</summary>
    public StorageProvider Provider { get; private set; } = StorageProvider.Sqlite;
    /// <summary>The ADO.NET connection string of <see cref="Provider"/>; <c>vcrunbooks.db</c> in the working folder by default. It may hold a password: never log it.</summary>
    public string ConnectionString { get; private set; } = "Data Source=vcrunbooks.db";

    /// <summary>When a pass commits besides after side effects and at suspensions; <see cref="CommitStrategy.Batched"/> by default.</summary>
    public CommitStrategy CommitStrategy { get; set; } = CommitStrategy.Batched;

    /// <summary>How many runs execute at once in this process.</summary>
    public int Workers { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>How often the timer poller looks for due timers written by other nodes.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether ActivityStarted/ActivityCompleted go to the outbox (run-level events always do).</summary>
    public bool PublishActivityEvents { get; set; } = true;

    /// <summary>
    /// The clock of every engine decision: timers, retries, timeouts, leases and journal times. Unset, the engine takes
    /// the <see cref="System.TimeProvider"/> registered in DI (so one clock drives the engine and its host; tests register
    /// a fake one), or the system clock when none is registered.
    /// </summary>
    public TimeProvider TimeProvider
    {
        get => _timeProvider ?? TimeProvider.System;
        set => _timeProvider = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Whether <see cref="TimeProvider"/> was set, rather than left to DI.</summary>
    internal bool HasTimeProvider => _timeProvider is not null;

    /// <summary>What one evaluation of a runbook's C# may spend (time, allocation) before its run faults.</summary>
    public CodeLimits CodeLimits { get; set; } = new();

    /// <summary>What a script runbook's code may spend between two of its calls (its first slice includes loading it) before its run faults.</summary>
    public CodeLimits ScriptLimits { get; set; } = new() { Time = TimeSpan.FromSeconds(1) };

    /// <summary>
    /// A folder where compiled (guarded) expression assemblies are kept by content hash, so a restart compiles
    /// nothing it compiled before. Null keeps them in memory only. Whoever can write this folder can run code in
    /// the engine: give it the data folder's permissions.
    /// </summary>
    public string? CompiledExpressionsPath { get; set; }

    /// <summary>
    /// How long an event raised while no run waits on it is kept for the first wait on its name and key
    /// (an answer a moment early is not lost). Zero drops such events.
    /// </summary>
    public TimeSpan PendingEventLifetime { get; set; } = TimeSpan.FromHours(1);

    internal static readonly TimeSpan MaxPendingEventLifetime = TimeSpan.FromDays(30);

    /// <summary>Which errors the retry policy treats as transient.</summary>
    public Func<Exception, bool> IsTransient { get; set; } = DefaultIsTransient;

    /// <summary>Start the dispatcher, timer poller and recovery with the host (off for tools that only read).</summary>
    public bool StartWorkers { get; set; } = true;

    /// <summary>Extra EF Core interceptors on the engine's connections (tests use one to take the database away).</summary>
    internal List<IInterceptor> Interceptors { get; } = [];

    /// <summary>
    /// Whether a pass takes a lease on its run so that several nodes on one database never execute a run at once.
    /// Null (the default) means on for PostgreSQL, off for SQLite (a file has one node; the lease would only cost writes).
    /// </summary>
    public bool? RunLeases { get; set; }

    /// <summary>How long a lease lasts without renewal: a killed node's runs wait this long before another node takes them.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Names this process in lease_owner; unique per process start, so a restarted node does not inherit its old leases.</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    internal bool UsesLeases => RunLeases ?? Provider == StorageProvider.Postgres;

    /// <summary>Keeps state in SQLite; a bare path becomes <c>Data Source=path</c>, anything with '=' is taken as a connection string.</summary>
    public EngineOptions UseSqlite(string pathOrConnectionString)
    {
        Provider = StorageProvider.Sqlite;
        ConnectionString = pathOrConnectionString.Contains('=', StringComparison.Ordinal)
            ? pathOrConnectionString
            : $"Data Source={pathOrConnectionString}";
        return this;
    }

    /// <summary>Keeps state in PostgreSQL (which turns run leases on, for several nodes on one database).</summary>
    public EngineOptions UsePostgres(string connectionString)
    {
        Provider = StorageProvider.Postgres;
        ConnectionString = connectionString;
        return this;
    }

    /// <summary>Throws naming the first setting that cannot work.</summary>
    internal void Validate()
    {
        if (Workers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Workers), Workers, "The engine needs at least one worker.");
        }

        if (TimerPollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TimerPollInterval), TimerPollInterval, "The timer poll interval must be positive.");
        }

        if (PendingEventLifetime < TimeSpan.Zero || PendingEventLifetime > MaxPendingEventLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(PendingEventLifetime), PendingEventLifetime,
                $"The pending event lifetime must be between zero (drop events no run waits on) and {MaxPendingEventLifetime.TotalDays} days: it covers an event arriving early, it is not a queue.");
        }

        if (LeaseDuration < TimeSpan.FromMilliseconds(300))
        {
            throw new ArgumentOutOfRangeException(nameof(LeaseDuration), LeaseDuration, "The lease duration must be at least 300 ms (it is renewed every third of it).");
        }

        CodeLimits.Validate();
        ScriptLimits.Validate();

        if (string.IsNullOrWhiteSpace(NodeId))
        {
            throw new ArgumentException("The node id must not be empty.", nameof(NodeId));
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("A connection string is required (UseSqlite or UsePostgres).", nameof(ConnectionString));
        }
    }

    /// <summary>
    /// The default <see cref="IsTransient"/>: <see cref="TransientException"/>, <see cref="TimeoutException"/>,
    /// <see cref="HttpRequestException"/> and <see cref="IOException"/>, also as the inner exception or every inner exception of an <see cref="AggregateException"/>.
    /// </summary>
    public static bool DefaultIsTransient(Exception exception) => exception switch
    {
        TransientException or TimeoutException or HttpRequestException or IOException => true,
        AggregateException a => a.InnerExceptions.All(DefaultIsTransient),
        _ => exception.InnerException is not null && DefaultIsTransient(exception.InnerException),
    };
}

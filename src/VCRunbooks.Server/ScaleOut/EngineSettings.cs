using System.ComponentModel.DataAnnotations;

namespace VCRunbooks.Server.ScaleOut;

/// <summary>Engine tuning bound from the <c>Engine</c> configuration section; unset values keep the engine's defaults.</summary>
public sealed class EngineSettings
{
    /// <summary>The configuration section: <c>Engine</c>.</summary>
    public const string SectionName = "Engine";

    /// <summary>How many runs this node executes at once (also the RabbitMQ prefetch of the execute-run queue).</summary>
    [Range(1, 1024, ErrorMessage = "Engine:Workers must be between 1 and 1024.")]
    public int? Workers { get; set; }

    /// <summary>How long a node's run lease lasts without renewal; a killed node's runs move to another node after about this long.</summary>
    public TimeSpan? LeaseDuration { get; set; }

    /// <summary>How often a node looks for timers other nodes wrote.</summary>
    public TimeSpan? TimerPollInterval { get; set; }

    /// <summary>How long an event raised while no run waits on it is kept for the first wait (zero drops it).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00", ErrorMessage = "Engine:PendingEventLifetime must be between 00:00:00 and 30.00:00:00.")]
    public TimeSpan? PendingEventLifetime { get; set; }

    /// <summary>
    /// The RabbitMQ queue the nodes of one installation share for run dispatch (execute-run). Installations, or tests,
    /// sharing a broker give each its own queue, or they would execute each other's run ids.
    /// </summary>
    [RegularExpression("^[A-Za-z0-9._-]{1,200}$", ErrorMessage = "Engine:DispatchQueue must be a queue name of letters, digits, '.', '_' or '-'.")]
    public string DispatchQueue { get; set; } = "execute-run";

    /// <summary>How long one evaluation of a runbook's C# may run before its run faults (default 100 ms).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Engine:CodeTimeLimit must be between 00:00:00.001 and 01:00:00.")]
    public TimeSpan? CodeTimeLimit { get; set; }

    /// <summary>How many megabytes one evaluation of a runbook's C# may allocate before its run faults (default 64).</summary>
    [Range(1, 4096, ErrorMessage = "Engine:CodeMemoryLimitMb must be between 1 and 4096.")]
    public int? CodeMemoryLimitMb { get; set; }

    /// <summary>This node's name in run leases and logs; by default machine/process/random.</summary>
    public string? NodeId { get; set; }
}

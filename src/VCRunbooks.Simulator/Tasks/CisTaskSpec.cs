using VCRunbooks.VCenter.Common;

namespace VCRunbooks.Simulator.Tasks;

/// <summary>What a cis task does: its names, how long it takes, and what it produces at the end.</summary>
public sealed record CisTaskSpec
{
    /// <summary>The vAPI service, e.g. <c>com.vmware.appliance.support_bundle</c>.</summary>
    public required string Service { get; init; }
    /// <summary>The operation, e.g. <c>create</c>.</summary>
    public required string Operation { get; init; }
    /// <summary>The task's description, also its progress message.</summary>
    public required LocalizableMessage Description { get; init; }
    /// <summary>Simulated time the task runs for; zero or less completes it on start.</summary>
    public required TimeSpan Duration { get; init; }
    /// <summary>The resource the task works on, if any.</summary>
    public DynamicId? Target { get; init; }
    /// <summary>The user who started the task.</summary>
    public string? User { get; init; }
    /// <summary>True when <c>POST /api/cis/tasks/{task}?action=cancel</c> may cancel it before it is done.</summary>
    public bool Cancelable { get; init; }
    /// <summary>Runs once when the task's time is up; returns the result, or throws VapiException to fail it.</summary>
    public Func<DateTimeOffset, object?> Complete { get; init; } = _ => null;
}

using VCRunbooks.VCenter.Common;

namespace VCRunbooks.Simulator.Tasks;

/// <summary>What a cis task does: its names, how long it takes, and what it produces at the end.</summary>
public sealed record CisTaskSpec
{
    /// <summary>The vAPI service, e.g. <c>com.vmware.appliance.support_bundle</c>.</summary>
    public required string Service { get; init; }
    public required string Operation { get; init; }
    public required LocalizableMessage Description { get; init; }
    public required TimeSpan Duration { get; init; }
    public DynamicId? Target { get; init; }
    public string? User { get; init; }
    public bool Cancelable { get; init; }
    /// <summary>Runs once when the task's time is up; returns the result, or throws VapiException to fail it.</summary>
    public Func<DateTimeOffset, object?> Complete { get; init; } = _ => null;
}

using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Update;

/// <summary>A service an update stops while it installs.</summary>
public sealed record StoppedServiceInfo
{
    /// <summary>Id of the appliance service.</summary>
    public required string Service { get; init; }
    /// <summary>What the service does.</summary>
    public required LocalizableMessage Description { get; init; }
}

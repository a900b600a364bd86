using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Update;

/// <summary>A service an update stops while it installs.</summary>
public sealed record StoppedServiceInfo
{
    public required string Service { get; init; }
    public required LocalizableMessage Description { get; init; }
}

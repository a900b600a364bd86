namespace VCRunbooks.VCenter.Services;

/// <summary>The run state of an appliance or vCenter service.</summary>
public enum ServiceState
{
    Starting,
    Stopping,
    Started,
    Stopped,
}

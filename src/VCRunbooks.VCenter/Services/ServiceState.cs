namespace VCRunbooks.VCenter.Services;

/// <summary>The run state of an appliance or vCenter service.</summary>
public enum ServiceState
{
    /// <summary>Being started (wire <c>STARTING</c>).</summary>
    Starting,
    /// <summary>Being stopped (<c>STOPPING</c>).</summary>
    Stopping,
    /// <summary>Running (<c>STARTED</c>).</summary>
    Started,
    /// <summary>Not running (<c>STOPPED</c>).</summary>
    Stopped,
}

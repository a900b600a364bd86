namespace VCRunbooks.VCenter.Update;

/// <summary>The appliance update state machine.</summary>
public enum UpdateState
{
    /// <summary>No update pending (wire <c>UP_TO_DATE</c>).</summary>
    UpToDate,
    /// <summary>An update is available or staged (<c>UPDATES_PENDING</c>).</summary>
    UpdatesPending,
    /// <summary>An update is being downloaded (<c>STAGE_IN_PROGRESS</c>).</summary>
    StageInProgress,
    /// <summary>An update is being installed (<c>INSTALL_IN_PROGRESS</c>).</summary>
    InstallInProgress,
    /// <summary>The last install failed and could not be rolled back (<c>INSTALL_FAILED</c>).</summary>
    InstallFailed,
    /// <summary>A failed install is being rolled back (<c>ROLLBACK_IN_PROGRESS</c>).</summary>
    RollbackInProgress,
}

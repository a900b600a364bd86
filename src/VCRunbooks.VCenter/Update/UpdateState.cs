namespace VCRunbooks.VCenter.Update;

/// <summary>The appliance update state machine.</summary>
public enum UpdateState
{
    UpToDate,
    UpdatesPending,
    StageInProgress,
    InstallInProgress,
    InstallFailed,
    RollbackInProgress,
}

namespace VCRunbooks.Simulator.Update;

/// <summary>The long-running update operations.</summary>
public enum UpdateOperationKind
{
    Stage,
    Install,
    StageAndInstall,
    Rollback,
}

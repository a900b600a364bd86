namespace VCRunbooks.Simulator.Update;

/// <summary>The long-running update operations.</summary>
internal enum UpdateOperationKind
{
    Stage,
    Install,
    StageAndInstall,
    Rollback,
}

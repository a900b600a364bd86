namespace VCRunbooks.Simulator.Deployment;

/// <summary>The stage-2 operations that drive an appliance's deployment state.</summary>
internal enum DeploymentOperation
{
    Install,
    Upgrade,
    Migrate,
}

namespace VCRunbooks.Simulator.Deployment;

/// <summary>The stage-2 operations that drive an appliance's deployment state.</summary>
public enum DeploymentOperation
{
    Install,
    Upgrade,
    Migrate,
}

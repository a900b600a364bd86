namespace VCRunbooks.VCenter.Deployment;

/// <summary>The deployment state of an appliance (vcenter.deployment ApplianceState).</summary>
public enum ApplianceState
{
    NotInitialized,
    Initialized,
    ConfigInProgress,
    QuestionRaised,
    Failed,
    Configured,
}

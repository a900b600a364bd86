namespace VCRunbooks.VCenter.Deployment;

/// <summary>The deployment state of an appliance (vcenter.deployment ApplianceState).</summary>
public enum ApplianceState
{
    /// <summary>Stage 1 is still setting up the appliance (wire <c>NOT_INITIALIZED</c>).</summary>
    NotInitialized,
    /// <summary>Ready for stage 2: install, upgrade, migrate or restore (<c>INITIALIZED</c>).</summary>
    Initialized,
    /// <summary>A stage-2 operation is running (<c>CONFIG_IN_PROGRESS</c>).</summary>
    ConfigInProgress,
    /// <summary>Paused on a question that needs an answer (<c>QUESTION_RAISED</c>).</summary>
    QuestionRaised,
    /// <summary>The stage-2 operation failed; rollback returns to INITIALIZED (<c>FAILED</c>).</summary>
    Failed,
    /// <summary>Stage 2 is done (<c>CONFIGURED</c>).</summary>
    Configured,
}

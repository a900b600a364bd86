namespace VCRunbooks.Engine.Definitions;

/// <summary>A new run of a retracted runbook was refused (a conflict with its state); runs already started finish on their pinned version.</summary>
public sealed class RunbookRetractedException(string definitionId, string reason)
    : EngineConflictException($"Runbook '{definitionId}' is retracted ({reason}); new runs are refused, runs already started finish on their version.")
{
    /// <summary>The retracted runbook's id.</summary>
    public string DefinitionId { get; } = definitionId;
}

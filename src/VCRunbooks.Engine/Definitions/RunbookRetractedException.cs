namespace VCRunbooks.Engine.Definitions;

/// <summary>A new run of a retracted runbook was refused; runs already started finish on their pinned version.</summary>
public sealed class RunbookRetractedException : InvalidOperationException
{
    public RunbookRetractedException(string definitionId, string reason)
        : base($"Runbook '{definitionId}' is retracted ({reason}); new runs are refused, runs already started finish on their version.")
    {
        DefinitionId = definitionId;
    }

    public RunbookRetractedException()
    {
        DefinitionId = string.Empty;
    }

    public RunbookRetractedException(string message)
        : base(message)
    {
        DefinitionId = string.Empty;
    }

    public RunbookRetractedException(string message, Exception innerException)
        : base(message, innerException)
    {
        DefinitionId = string.Empty;
    }

    public string DefinitionId { get; }
}

namespace VCRunbooks.Engine.Definitions;

/// <summary>Thrown when a definition is rejected; Errors lists every problem found.</summary>
public sealed class RunbookValidationException : EngineRequestException
{
    /// <summary>A rejection listing every problem found; the message joins them.</summary>
    public RunbookValidationException(IReadOnlyList<ValidationError> errors)
        : base("The runbook definition is invalid: " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    /// <summary>A rejection with one problem at the document's root (<c>$</c>).</summary>
    public RunbookValidationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Errors = [new ValidationError("$", message)];
    }

    /// <summary>Every problem found, each with its JSON path and reason; never empty.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }
}

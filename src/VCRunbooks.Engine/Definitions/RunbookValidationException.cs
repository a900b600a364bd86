namespace VCRunbooks.Engine.Definitions;

/// <summary>Thrown when a definition is rejected; Errors lists every problem found.</summary>
public sealed class RunbookValidationException : EngineRequestException
{
    public RunbookValidationException(IReadOnlyList<ValidationError> errors)
        : base("The runbook definition is invalid: " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    public RunbookValidationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Errors = [new ValidationError("$", message)];
    }

    public IReadOnlyList<ValidationError> Errors { get; }
}

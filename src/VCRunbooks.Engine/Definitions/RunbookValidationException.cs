namespace VCRunbooks.Engine.Definitions;

/// <summary>Thrown when a definition is rejected; Errors lists every problem found.</summary>
public sealed class RunbookValidationException : Exception
{
    public RunbookValidationException(IReadOnlyList<ValidationError> errors)
        : base("The runbook definition is invalid: " + string.Join("; ", errors))
    {
        Errors = errors;
    }

    public RunbookValidationException()
        : this([])
    {
    }

    public RunbookValidationException(string message)
        : base(message)
    {
        Errors = [new ValidationError("$", message)];
    }

    public RunbookValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ValidationError("$", message)];
    }

    public IReadOnlyList<ValidationError> Errors { get; }
}

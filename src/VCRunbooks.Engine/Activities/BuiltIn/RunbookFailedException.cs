namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <summary>Raised by Fail: a deliberate, non-transient failure.</summary>
internal sealed class RunbookFailedException : Exception
{
    public RunbookFailedException()
    {
    }

    public RunbookFailedException(string message)
        : base(message)
    {
    }

    public RunbookFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

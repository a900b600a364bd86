namespace VCRunbooks.Engine.Runs;

/// <summary>Why a run faulted, and the token to re-run when an operator retries it.</summary>
internal sealed class RunFault
{
    public string? ActivityId { get; set; }
    public required string Message { get; set; }
    public string? ExceptionType { get; set; }
    public RunToken? FailedToken { get; set; }
    public bool Compensated { get; set; }
}

namespace VCRunbooks.Engine;

/// <summary>
/// The caller asked the engine for something it refuses: the root of every error a host may show its user as the
/// caller's own mistake (a server maps them to 400, 404 and 409). Any other exception out of the engine is a fault in
/// the engine or its environment and stays one (a 500), rather than passing for a conflict.
/// </summary>
public abstract class EngineRequestException : Exception
{
    /// <summary>Creates the error with a message for the caller: it names what was wrong and carries no secrets.</summary>
    protected EngineRequestException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>No such run, runbook, version or open question.</summary>
public sealed class EngineNotFoundException(string message) : EngineRequestException(message);

/// <summary>The request is well-formed but the current state does not allow it (retrying a run that did not fault, a question answered already).</summary>
public class EngineConflictException(string message, Exception? innerException = null) : EngineRequestException(message, innerException);

/// <summary>An argument the engine does not accept: inputs a runbook rejects, an answer that is not allowed, a reserved event name.</summary>
public sealed class EngineArgumentException(string message, string? paramName = null) : EngineRequestException(message)
{
    /// <summary>The parameter of the engine's method that was wrong, when one was.</summary>
    public string? ParamName { get; } = paramName;
}

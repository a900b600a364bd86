namespace VCRunbooks.Simulator.Vapi;

/// <summary>What an operation answers: a value and the kind of success, which decides the /api status code.</summary>
internal sealed record VapiResult(VapiResultKind Kind, object? Value)
{
    public static VapiResult Ok(object? value) => new(VapiResultKind.Ok, value);
    public static VapiResult Created(object? value) => new(VapiResultKind.Created, value);
    public static VapiResult NoContent() => new(VapiResultKind.NoContent, null);
    public static VapiResult Accepted(string taskId) => new(VapiResultKind.Accepted, taskId);
}

internal enum VapiResultKind
{
    Ok,
    Created,
    NoContent,
    Accepted,
}

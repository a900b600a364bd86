namespace VCRunbooks.VCenter.Update;

/// <summary>The body of validate, install and stage-and-install: answers to the precheck questions by data item.</summary>
public sealed record UserDataRequest
{
    public required IReadOnlyDictionary<string, string> UserData { get; init; }
}

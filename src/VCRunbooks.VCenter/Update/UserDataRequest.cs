namespace VCRunbooks.VCenter.Update;

/// <summary>The body of validate, install and stage-and-install: answers to the precheck questions by data item.</summary>
public sealed record UserDataRequest
{
    /// <summary>Answers by <see cref="PrecheckQuestion.DataItem"/> (wire <c>user_data</c>); the values are never logged.</summary>
    public required IReadOnlyDictionary<string, string> UserData { get; init; }
}

namespace VCRunbooks.VCenter.Update;

/// <summary>One user_data entry in the /rest form, which sends maps as key/value lists.</summary>
public sealed record UserDataPair
{
    /// <summary>The data item (see <see cref="PrecheckQuestion.DataItem"/>).</summary>
    public required string Key { get; init; }
    /// <summary>The answer; never logged.</summary>
    public required string Value { get; init; }
}

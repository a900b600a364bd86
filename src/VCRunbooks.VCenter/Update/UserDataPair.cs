namespace VCRunbooks.VCenter.Update;

/// <summary>One user_data entry in the /rest form, which sends maps as key/value lists.</summary>
public sealed record UserDataPair
{
    public required string Key { get; init; }
    public required string Value { get; init; }
}

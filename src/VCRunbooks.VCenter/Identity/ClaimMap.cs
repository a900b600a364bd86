namespace VCRunbooks.VCenter.Identity;

/// <summary>Shorthands for the provider maps: claim_map is group → claim → values; auth_query_params is name → values.</summary>
public static class ClaimMap
{
    /// <summary>An empty claim map (group → claim → values).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Empty { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();

    /// <summary>An empty auth_query_params map (name → values).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> NoParams { get; } = new Dictionary<string, IReadOnlyList<string>>();
}

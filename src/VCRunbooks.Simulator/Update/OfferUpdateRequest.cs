namespace VCRunbooks.Simulator.Update;

/// <summary>An update version to offer; <see cref="Url"/> names a custom repository, null for the default one.</summary>
public sealed record OfferUpdateRequest(string Version, string? Url = null);

namespace VCRunbooks.Simulator.Update;

/// <summary>An update version to offer; <see cref="Url"/> names a custom repository, null for the default one.</summary>
internal sealed record OfferUpdateRequest(string Version, string? Url = null);

using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Update;

/// <summary>A value the install needs: its user_data key is <see cref="DataItem"/>.</summary>
public sealed record PrecheckQuestion
{
    public required string DataItem { get; init; }
    public required LocalizableMessage Text { get; init; }
    public required LocalizableMessage Description { get; init; }
    public required QuestionInputType Type { get; init; }
    public IReadOnlyList<string>? AllowedValues { get; init; }
    public string? Regexp { get; init; }
    public string? DefaultAnswer { get; init; }
}

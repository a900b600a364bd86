using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Update;

/// <summary>A value the install needs: its user_data key is <see cref="DataItem"/>.</summary>
public sealed record PrecheckQuestion
{
    /// <summary>The key of the answer in user_data.</summary>
    public required string DataItem { get; init; }
    /// <summary>Label to show for the question.</summary>
    public required LocalizableMessage Text { get; init; }
    /// <summary>What the question is about.</summary>
    public required LocalizableMessage Description { get; init; }
    /// <summary>How the answer is entered, and whether it is a secret.</summary>
    public required QuestionInputType Type { get; init; }
    /// <summary>The values accepted; null accepts any.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }
    /// <summary>Regular expression the answer must match; null for no check.</summary>
    public string? Regexp { get; init; }
    /// <summary>The default answer; null means an explicit answer is needed.</summary>
    public string? DefaultAnswer { get; init; }
}

using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Activities;

/// <summary>How an activity execution ended: completed with outcomes, or suspended on bookmarks.</summary>
public sealed class ActivityResult
{
    private ActivityResult(IReadOnlyList<string> outcomes, IReadOnlyList<BookmarkRequest> bookmarks)
    {
        Outcomes = outcomes;
        Bookmarks = bookmarks;
    }

    public static ActivityResult Done { get; } = new(["Done"], []);

    public IReadOnlyList<string> Outcomes { get; }
    public IReadOnlyList<BookmarkRequest> Bookmarks { get; }
    public bool IsSuspended => Bookmarks.Count > 0;

    internal IReadOnlyList<(int Index, JsonNode? Item)>? Iterations { get; private init; }

    public static ActivityResult Complete(params string[] outcomes) =>
        new(outcomes.Length == 0 ? ["Done"] : outcomes, []);

    public static ActivityResult Suspend(params BookmarkRequest[] bookmarks)
    {
        if (bookmarks.Length == 0)
        {
            throw new ArgumentException("Suspending needs at least one bookmark.", nameof(bookmarks));
        }

        return new([], bookmarks);
    }

    /// <summary>Starts loop iterations (tokens on "Iterate" carrying item and index); used by ForEach.</summary>
    internal static ActivityResult Iterate(IReadOnlyList<(int Index, JsonNode? Item)> iterations) =>
        new([], []) { Iterations = iterations };
}

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

    /// <summary>Completed with the single outcome <c>Done</c>.</summary>
    public static ActivityResult Done { get; } = new(["Done"], []);

    /// <summary>The outcomes the step completed with; empty when suspended.</summary>
    public IReadOnlyList<string> Outcomes { get; }
    /// <summary>What the step waits on when suspended (empty when completed); any one firing resumes the step, and its other waits go when it completes or suspends again.</summary>
    public IReadOnlyList<BookmarkRequest> Bookmarks { get; }
    /// <summary>True when the step waits on <see cref="Bookmarks"/> instead of completing.</summary>
    public bool IsSuspended => Bookmarks.Count > 0;

    internal IReadOnlyList<(int Index, JsonNode? Item)>? Iterations { get; private init; }

    /// <summary>Completes the step with the given outcomes (<c>Done</c> when none): the run follows every connection from each, and an outcome with no connection ends that branch.</summary>
    public static ActivityResult Complete(params string[] outcomes) =>
        new(outcomes.Length == 0 ? ["Done"] : outcomes, []);

    /// <summary>Suspends the step until one of <paramref name="bookmarks"/> fires; the suspension is committed before the run waits.</summary>
    /// <exception cref="ArgumentException">No bookmark was given.</exception>
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

using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Runs;

/// <summary>Everything a run needs to continue, serialised as one JSON document with each commit.</summary>
internal sealed class RunState
{
    public JsonObject Inputs { get; set; } = [];
    public JsonObject Variables { get; set; } = [];
    public Dictionary<string, JsonObject> Outputs { get; set; } = [];
    public List<RunToken> Tokens { get; set; } = [];

    /// <summary>Join-all arrivals per activity (and loop scope): the inbound connection indexes seen so far.</summary>
    public Dictionary<string, List<int>> JoinArrivals { get; set; } = [];

    /// <summary>Activity-owned state across suspensions, keyed by activity id and loop scope.</summary>
    public Dictionary<string, JsonObject> ActivityState { get; set; } = [];

    /// <summary>Completed activities that name a compensation, in completion order.</summary>
    public List<string> CompensationStack { get; set; } = [];

    public RunFault? Fault { get; set; }
    public long NextTokenId { get; set; } = 1;
    public long NextBookmarkId { get; set; } = 1;
    public long NextJournalSeq { get; set; } = 1;
}

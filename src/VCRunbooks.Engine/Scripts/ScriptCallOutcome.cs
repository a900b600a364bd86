using System.Text.Json.Nodes;
using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Scripts;

/// <summary>How one execution of a called activity ended: a result (outputs and outcome), waits, or an error.</summary>
internal sealed record ScriptCallOutcome(JsonObject? Result, IReadOnlyList<BookmarkRequest>? Waits, Exception? Error);

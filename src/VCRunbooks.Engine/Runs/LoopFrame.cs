using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Runs;

/// <summary>One enclosing ForEach iteration of a token.</summary>
internal sealed class LoopFrame
{
    public required string ForEachId { get; set; }
    public int Index { get; set; }
    public JsonNode? Item { get; set; }
}

using System.Text.Json.Nodes;
using VCRunbooks.Server.Triggers.Definitions;

namespace VCRunbooks.Server.Triggers.Chat.Aliases;

/// <summary>A command matched to an alias: the runbook and the inputs (alias inputs, then the command's values).</summary>
internal sealed record AliasMatch(ChatAlias Alias, string Format, JsonObject Inputs);

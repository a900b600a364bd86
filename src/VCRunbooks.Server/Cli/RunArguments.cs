namespace VCRunbooks.Server.Cli;

/// <summary>What <c>run &lt;runbook&gt; [--target NAME] [--input key=value]...</c> asked for.</summary>
internal sealed record RunArguments(string Runbook, string? Target, IReadOnlyDictionary<string, string> Inputs, IReadOnlyList<string> HostArgs);

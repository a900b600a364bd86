namespace VCRunbooks.Engine.Scripts;

/// <summary>What a script runbook's plan runs: its compiled code and the API it was compiled against.</summary>
internal sealed record ScriptPlan(CompiledScript Compiled, ScriptApi Api);

namespace VCRunbooks.Engine.Scripts;

/// <summary>A script run faults: the script threw (naming its line), a replay met a different call, or a budget was exceeded.</summary>
internal sealed class ScriptFailedException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The replay met a different call than the one recorded: the code changed under the run.</summary>
    public static ScriptFailedException NonDeterministic(string detail) =>
        new("non-deterministic change: " + detail + "; the run stopped rather than repeat or skip a recorded side effect");
}

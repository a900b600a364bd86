using System.Reflection;

namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// A script compiled through the guard and loaded into its own collectible load context: its top-level statements
/// as one method that starts the script and returns the task of its end. Nothing but its plans holds it, so a
/// version no plan uses is unloaded with its context.
/// </summary>
internal sealed class CompiledScript(string file, string hash, MethodInfo entry)
{
    public string File { get; } = file;

    public string Hash { get; } = hash;

    /// <summary>Runs the script's code up to its first wait; the task ends with the script.</summary>
    public Task Start()
    {
        try
        {
            return entry.Invoke(null, [Array.Empty<string>()]) as Task ?? Task.CompletedTask;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is { } inner)
        {
            return Task.FromException(inner);
        }
    }
}

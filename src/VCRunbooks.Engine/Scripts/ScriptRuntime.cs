using System.ComponentModel;
using System.Text.Json.Nodes;
using VCRunbooks.Engine.CodeGuard;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// What the generated script API calls into: the script execution running on this thread. Script code runs only
/// inside the execution's slices on the worker's thread, so a thread-static is the whole binding. Public only because
/// generated code calls it; scripts cannot name it (it is not on the guard's allowlist).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScriptRuntime
{
    [ThreadStatic]
    private static ScriptExecution? CurrentOnThread;

    internal static ScriptExecution? Current
    {
        get => CurrentOnThread;
        set => CurrentOnThread = value;
    }

    /// <summary>The budget the running slice is charged to; the rewritten script code charges every statement to it.</summary>
    public static CodeBudget Budget => Host.Budget;

    /// <summary>The script's deterministic now: when the step started, then each resolved call's recorded time; the same on every replay.</summary>
    public static DateTimeOffset Now => Host.Now;

    internal static RunRandom Random => Host.Random;

    /// <summary>The id of the run executing the script.</summary>
    public static string RunId => Host.RunId;

    private static ScriptExecution Host => CurrentOnThread ?? throw new InvalidOperationException("The script API is only available to a running script.");

    /// <summary>A statement begins at this script line: one budget step.</summary>
    public static void At(int line) => Host.At(line);

    /// <summary>A run input read as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">The input is not a <typeparamref name="T"/>.</exception>
    public static T Input<T>(string name) => Host.Input<T>(name);

    /// <summary>A GUID derived from the run and a counter: the same sequence on every replay.</summary>
    public static Guid NewGuid() => Host.NewGuid();

    /// <summary>Writes a line to the run's journal once (replayed slices do not log again).</summary>
    public static void Log(string message) => Host.Log(message);

    /// <summary>Sets the run variable <paramref name="name"/> (journaled when live): a script's outputs are its run's variables.</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public static void Output(string name, object? value) => Host.Output(name, value);

    /// <summary>
    /// Calls an activity durably: resolved from the call journal on replay, executed live otherwise (with the policy's retries
    /// and timeout); <paramref name="read"/> turns its outputs into the generated result type.
    /// </summary>
    public static Task<T> Call<T>(string activityType, object?[] arguments, CallPolicy? policy, Func<JsonObject, T> read) =>
        Host.Call(activityType, arguments, policy, read);

    /// <summary>An output of a completed call as the generated result's property type.</summary>
    public static T Read<T>(JsonObject outputs, string name)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var node = outputs[name];
        if (node is null)
        {
            return default!;
        }

        return ValueTypes.TryConvert(node, typeof(T), out var value, out var error)
            ? (T)value!
            : throw new InvalidOperationException($"Output '{name}' is not a {typeof(T).Name}: {error}");
    }
}

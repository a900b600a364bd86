using System.Text.Json;
using VCRunbooks.VCenter.Json;
using VCRunbooks.VCenter.Tasks;

namespace VCRunbooks.VCenter.Client.Tasks;

/// <summary>Reading a task's operation-specific result as the type its operation documents.</summary>
public static class TaskInfoExtensions
{
    /// <summary>The result as <typeparamref name="T"/>; default when the task has no result (yet).</summary>
    public static T? ResultAs<T>(this TaskInfo info) => info.Result switch
    {
        null => default,
        T typed => typed,
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => default,
        JsonElement element => element.Deserialize<T>(VCenterJson.Options),
        var other => JsonSerializer.SerializeToElement(other, VCenterJson.Options).Deserialize<T>(VCenterJson.Options),
    };
}

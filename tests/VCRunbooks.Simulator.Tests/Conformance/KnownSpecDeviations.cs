using System.Text.Json;

namespace VCRunbooks.Simulator.Tests.Conformance;

/// <summary>
/// Where the Swagger files misdescribe what a real vCenter sends, written down one by one with the evidence.
/// </summary>
public static class KnownSpecDeviations
{
    /// <summary>
    /// The <c>error</c> of a task-shaped Info (cis tasks, deployment, update tasks) is typed <c>string</c> in the
    /// Swagger files, but the vAPI binding is AnyErrorType: a real vCenter sends the vapi std error object
    /// (reference §1.4; govmomi decodes <c>{error_type, messages, data}</c>). The simulator sends the object, and
    /// it must then be a valid std error.
    /// </summary>
    public static bool IsTaskErrorObject(string name, JsonElement schema, JsonElement value) =>
        name == "error"
        && value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("error_type", out _)
        && schema.TryGetProperty("type", out var type) && type.GetString() == "string";
}

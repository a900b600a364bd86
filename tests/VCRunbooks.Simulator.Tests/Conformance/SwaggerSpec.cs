using System.Text.Json;

namespace VCRunbooks.Simulator.Tests.Conformance;

/// <summary>The real vCenter API's Swagger 2.0 files, loaded once: operations and schema definitions.</summary>
public sealed class SwaggerSpec
{
    private static readonly Lazy<SwaggerSpec> Shared = new(() => Load(SpecLocator.SpecDirectory));
    private readonly Dictionary<string, JsonElement> _definitions = new(StringComparer.Ordinal);
    private readonly List<SpecOperation> _operations = [];

    public static SwaggerSpec Instance => Shared.Value;

    public IReadOnlyList<SpecOperation> Operations => _operations;

    public JsonElement Definition(string name) =>
        _definitions.TryGetValue(name, out var schema) ? schema : throw new KeyNotFoundException($"No definition '{name}' in the spec files.");

    public SpecOperation? Find(string method, string path, string? action, bool isTask)
    {
        var segments = path.Trim('/').Split('/');
        return _operations.Where(o => o.Matches(method, segments, action, isTask)).MaxBy(o => o.Precedence);
    }

    public SpecOperation? FindByKey(string method, string key) =>
        _operations.FirstOrDefault(o => string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase) && o.Key == key);

    private static SwaggerSpec Load(string directory)
    {
        var spec = new SwaggerSpec();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement.Clone();
            foreach (var definition in root.GetProperty("definitions").EnumerateObject())
            {
                spec._definitions.TryAdd(definition.Name, definition.Value);
            }
            foreach (var path in root.GetProperty("paths").EnumerateObject())
            {
                var (template, action, isTask) = SpecOperation.SplitKey(path.Name);
                foreach (var method in path.Value.EnumerateObject())
                {
                    if (method.Value.ValueKind == JsonValueKind.Object && method.Value.TryGetProperty("responses", out var responses))
                    {
                        spec._operations.Add(new SpecOperation(Path.GetFileName(file), method.Name.ToUpperInvariant(), path.Name, template, action, isTask, responses));
                    }
                }
            }
        }
        return spec;
    }
}

using System.Globalization;
using System.Text.Json;

namespace VCRunbooks.Simulator.Tests.Conformance;

/// <summary>
/// Validates JSON against a Swagger 2.0 schema: $ref, type, format, enum, required, properties (unknown ones are
/// reported: a misspelt field is a conformance bug), additionalProperties and items.
/// </summary>
public sealed class SchemaValidator(SwaggerSpec spec)
{
    public IReadOnlyList<string> Validate(JsonElement value, JsonElement schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            Check(value, spec.Definition(name), at, errors);
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && value.ValueKind == JsonValueKind.String
            && !allowed.EnumerateArray().Any(a => a.GetString() == value.GetString()))
        {
            errors.Add($"{at}: '{value.GetString()}' is not one of [{string.Join(", ", allowed.EnumerateArray().Select(a => a.GetString()))}]");
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        switch (type)
        {
            case "object":
                CheckObject(value, schema, at, errors);
                break;
            case "array":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    errors.Add($"{at}: expected an array, got {value.ValueKind}");
                    return;
                }
                if (schema.TryGetProperty("items", out var items))
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Check(item, items, $"{at}[{i++}]", errors);
                    }
                }
                break;
            case "string":
                if (value.ValueKind != JsonValueKind.String)
                {
                    errors.Add($"{at}: expected a string, got {value.ValueKind}");
                }
                else if (format == "date-time" && !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
                {
                    errors.Add($"{at}: '{value.GetString()}' is not a date-time");
                }
                else if (format == "uri" && !Uri.TryCreate(value.GetString(), UriKind.RelativeOrAbsolute, out _))
                {
                    errors.Add($"{at}: '{value.GetString()}' is not a uri");
                }
                break;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _))
                {
                    errors.Add($"{at}: expected an integer, got {value.ValueKind} {value.GetRawText()}");
                }
                break;
            case "number":
                if (value.ValueKind != JsonValueKind.Number)
                {
                    errors.Add($"{at}: expected a number, got {value.ValueKind}");
                }
                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add($"{at}: expected a boolean, got {value.ValueKind}");
                }
                break;
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at}: expected an object, got {value.ValueKind}");
            return;
        }
        var hasProperties = schema.TryGetProperty("properties", out var properties);
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out var present) || present.ValueKind == JsonValueKind.Null)
                {
                    errors.Add($"{at}: required field '{name}' is missing");
                }
            }
        }
        var additional = schema.TryGetProperty("additionalProperties", out var extra) ? extra : (JsonElement?)null;
        foreach (var property in value.EnumerateObject())
        {
            var path = $"{at}.{property.Name}";
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    errors.Add($"{path}: null is sent; vCenter omits unset fields");
                    continue;
                }
                if (KnownSpecDeviations.IsTaskErrorObject(property.Name, propertySchema, property.Value))
                {
                    Check(property.Value, spec.Definition("VapiStdErrorsError"), path, errors);
                    continue;
                }
                Check(property.Value, propertySchema, path, errors);
            }
            else if (additional is { ValueKind: JsonValueKind.Object } additionalSchema)
            {
                Check(property.Value, additionalSchema, path, errors);
            }
            else if (hasProperties)
            {
                errors.Add($"{path}: the spec has no such field");
            }
        }
    }
}

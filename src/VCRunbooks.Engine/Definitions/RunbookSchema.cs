namespace VCRunbooks.Engine.Definitions;

/// <summary>The JSON Schema of the definition format (shipped as runbook.schema.json), for editors and the designer.</summary>
public static class RunbookSchema
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(RunbookSchema).Assembly.GetManifestResourceStream("VCRunbooks.Engine.Definitions.runbook.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The schema's text, read once from the assembly.</summary>
    public static string Json => Text.Value;
}

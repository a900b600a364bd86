namespace VCRunbooks.Engine.Definitions;

/// <summary>One problem in a definition: where (a JSON path such as $.activities[2].inputs.Duration) and why.</summary>
public sealed record ValidationError(string Path, string Reason)
{
    /// <summary><c>path: reason</c>, as error messages show it.</summary>
    public override string ToString() => $"{Path}: {Reason}";
}

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>One problem in a trigger file: the JSON path of the field and what is wrong with it.</summary>
internal sealed record TriggerError(string Field, string Reason)
{
    public override string ToString() => $"{Field}: {Reason}";
}

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>What every trigger file has: an id, a kind and a description for the console.</summary>
internal interface ITriggerDefinition
{
    string Id { get; }

    TriggerKind Kind { get; }

    string? Description { get; }

    bool Enabled { get; }
}

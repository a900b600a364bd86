namespace VCRunbooks.Engine.Activities;

/// <summary>Every registered activity type with its inputs, outputs and outcomes.</summary>
public interface IActivityCatalog
{
    IReadOnlyList<ActivityDescriptor> All { get; }

    ActivityDescriptor? Find(string type);
}

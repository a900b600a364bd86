namespace VCRunbooks.Engine.Activities;

/// <summary>Every registered activity type with its inputs, outputs and outcomes.</summary>
public interface IActivityCatalog
{
    /// <summary>Every registered activity, built-ins included, built once at registration.</summary>
    IReadOnlyList<ActivityDescriptor> All { get; }

    /// <summary>The activity with this type name (case-sensitive), or null when none is registered.</summary>
    ActivityDescriptor? Find(string type);
}

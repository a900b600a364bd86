namespace VCRunbooks.Engine.Activities;

internal sealed class ActivityCatalog : IActivityCatalog
{
    private readonly Dictionary<string, ActivityDescriptor> _byType;

    public ActivityCatalog(IEnumerable<ActivityRegistration> registrations)
    {
        _byType = new Dictionary<string, ActivityDescriptor>(StringComparer.Ordinal);
        foreach (var registration in registrations.DistinctBy(r => r.ActivityType))
        {
            var descriptor = ActivityDescriber.Describe(registration.ActivityType);
            if (!_byType.TryAdd(descriptor.Type, descriptor))
            {
                throw new InvalidOperationException(
                    $"Two activities share the type name '{descriptor.Type}': {_byType[descriptor.Type].ClrType.FullName} and {registration.ActivityType.FullName}.");
            }
        }

        All = _byType.Values.OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.Type, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<ActivityDescriptor> All { get; }

    public ActivityDescriptor? Find(string type) => _byType.GetValueOrDefault(type);
}

using System.Reflection;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Activities;

/// <summary>Reads an activity class's attributes into its catalog descriptor.</summary>
internal static class ActivityDescriber
{
    public static ActivityDescriptor Describe(Type type)
    {
        if (!typeof(Activity).IsAssignableFrom(type) || type.IsAbstract)
        {
            throw new ArgumentException($"{type.FullName} is not a concrete Activity.", nameof(type));
        }

        var meta = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{type.FullName} lacks [Activity(category, description)].", nameof(type));
        var outcomes = type.GetCustomAttribute<OutcomesAttribute>();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var inputs = properties
            .Select(p => (p, a: p.GetCustomAttribute<InputAttribute>()))
            .Where(x => x.a is not null)
            .Select(x => new InputDescriptor
            {
                Name = x.a!.Name ?? x.p.Name,
                Type = ValueTypes.NameOf(x.p.PropertyType),
                Required = x.a.Required,
                Default = ValueTypes.ToNode(x.a.Default),
                Description = x.a.Description,
                Choices = ValueTypes.EnumOf(x.p.PropertyType) is { } choices ? Enum.GetNames(choices) : x.a.Choices,
                Property = x.p,
            })
            .ToList();
        var outputs = properties
            .Select(p => (p, a: p.GetCustomAttribute<OutputAttribute>()))
            .Where(x => x.a is not null)
            .Select(x => new OutputDescriptor
            {
                Name = x.a!.Name ?? x.p.Name,
                Type = ValueTypes.NameOf(x.p.PropertyType),
                Description = x.a.Description,
                Property = x.p,
            })
            .ToList();
        return new ActivityDescriptor
        {
            Type = meta.TypeName ?? type.Name,
            Category = meta.Category,
            Description = meta.Description,
            Traits = meta.Traits,
            Inputs = inputs,
            Outputs = outputs,
            Outcomes = outcomes?.Outcomes ?? ["Done"],
            DynamicOutcomesInput = outcomes?.DynamicFromInput,
            ClrType = type,
        };
    }
}

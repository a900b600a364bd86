using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Serilog.Core;
using Serilog.Events;

namespace VCRunbooks.Server.Logging;

/// <summary>Destructures objects with <see cref="SensitiveAttribute"/> properties, writing those properties as ***.</summary>
internal sealed class SensitiveDestructuringPolicy : IDestructuringPolicy
{
    public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, [NotNullWhen(true)] out LogEventPropertyValue? result)
    {
        var properties = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance);
        if (!properties.Any(p => p.IsDefined(typeof(SensitiveAttribute))))
        {
            result = null;
            return false;
        }
        result = new StructureValue(
            properties.Where(p => p.GetIndexParameters().Length == 0).Select(p => new LogEventProperty(p.Name,
                p.IsDefined(typeof(SensitiveAttribute))
                    ? new ScalarValue(Redaction.Mask)
                    : propertyValueFactory.CreatePropertyValue(p.GetValue(value), destructureObjects: true))),
            value.GetType().Name);
        return true;
    }
}

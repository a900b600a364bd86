using Xunit;

namespace VCRunbooks.Testing.Gates;

/// <summary>A fact that runs only against a real vCenter; reported as skipped, with the reason, when none is configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RealVCenterFactAttribute : FactAttribute
{
    public RealVCenterFactAttribute()
    {
        if (RealVCenter.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}

using Xunit.Sdk;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>A fact that a storage-variant class may skip (with a reason) when its database is not configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("VCRunbooks.Engine.Tests.Infrastructure.EngineFactDiscoverer", "VCRunbooks.Engine.Tests")]
public sealed class EngineFactAttribute : FactAttribute;

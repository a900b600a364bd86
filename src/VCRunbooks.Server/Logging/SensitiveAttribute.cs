namespace VCRunbooks.Server.Logging;

/// <summary>Marks a property whose value must never reach a log; the destructuring policy writes it as ***.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;

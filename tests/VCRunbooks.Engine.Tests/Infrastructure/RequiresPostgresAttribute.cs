namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>Marks a test class whose facts need VCRUNBOOKS_TEST_POSTGRES; without it they report as skipped.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute
{
    public const string Variable = "VCRUNBOOKS_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;
}

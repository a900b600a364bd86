namespace VCRunbooks.Simulator.Tests.Conformance;

/// <summary>Finds ../shared/reference/vcenter-api-spec beside the repository (or VCRUNBOOKS_SPEC_DIR).</summary>
public static class SpecLocator
{
    public static string SpecDirectory { get; } = Locate();

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("VCRUNBOOKS_SPEC_DIR") is { Length: > 0 } configured)
        {
            return configured;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VCRunbooks.sln")))
            {
                var spec = Path.Combine(dir.Parent!.FullName, "shared", "reference", "vcenter-api-spec");
                if (Directory.Exists(spec))
                {
                    return spec;
                }
            }
        }
        throw new DirectoryNotFoundException("The vCenter API spec files were not found beside the repository (../shared/reference/vcenter-api-spec); set VCRUNBOOKS_SPEC_DIR.");
    }
}

using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Simulator.Deployment;

/// <summary>Hides the passwords of a started spec before it is read back: secrets are write-only.</summary>
internal static class SpecMasking
{
    public const string Mask = "********";

    public static InstallSpec Masked(InstallSpec spec) => spec with
    {
        VcsaEmbedded = spec.VcsaEmbedded with
        {
            Standalone = spec.VcsaEmbedded.Standalone is { } s ? s with { SsoAdminPassword = Mask } : null,
            Replicated = spec.VcsaEmbedded.Replicated is { } r ? r with { SsoAdminPassword = Mask } : null,
        },
    };

    public static UpgradeSpec Masked(UpgradeSpec spec) => spec with
    {
        SourceAppliance = spec.SourceAppliance with { SsoAdminPassword = Mask, RootPassword = Mask },
        SourceLocation = spec.SourceLocation with { Password = Mask },
    };

    public static MigrateSpec Masked(MigrateSpec spec) => spec with
    {
        SourceVcWindows = spec.SourceVcWindows with { Password = Mask },
        ActiveDirectory = spec.ActiveDirectory is { } ad ? ad with { Password = Mask } : null,
    };
}

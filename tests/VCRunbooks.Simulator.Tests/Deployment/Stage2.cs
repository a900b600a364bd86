using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Simulator.Tests.Deployment;

/// <summary>Stage-2 calls the way an installer script makes them: root basic auth on every call.</summary>
internal static class Stage2
{
    public const string Root = "VMware1!";

    public static ApplianceSpec Fresh() => new() { Name = "unused", State = ApplianceState.Initialized };

    public static InstallSpec Standalone(bool autoAnswer = false, string password = "Sso-Pass1!") => new()
    {
        VcsaEmbedded = new InstallVcsaEmbeddedSpec
        {
            CeipEnabled = false,
            Standalone = new StandaloneSpec { SsoAdminPassword = password, SsoDomainName = "vsphere.local" },
        },
        AutoAnswer = autoAnswer,
    };

    public static UpgradeSpec Upgrade(string ssoPassword = "VMware1!", string hostname = "vcsa-old.sim.local", bool deferImport = false) => new()
    {
        SourceAppliance = new SourceApplianceSpec
        {
            Hostname = hostname,
            SsoAdminUsername = "administrator@vsphere.local",
            SsoAdminPassword = ssoPassword,
            RootPassword = "VMware1!",
        },
        SourceLocation = new SourceLocationSpec { Hostname = "esx-01.sim.local", Username = "root", Password = "esx-pass" },
        History = deferImport ? new HistoryMigrationSpec { DataSet = HistoryMigrationOption.All, DeferImport = true } : null,
    };

    public static Task<VapiResponse> Get(this VapiTestClient vc, string path) => vc.SendAsync(HttpMethod.Get, path, rootPassword: Root);

    public static Task<VapiResponse> Post(this VapiTestClient vc, string path, object? body = null) => vc.SendAsync(HttpMethod.Post, path, body, rootPassword: Root);

    public static async Task<DeploymentInfo> Info(this VapiTestClient vc) => (await vc.Get("/api/vcenter/deployment")).As<DeploymentInfo>();
}

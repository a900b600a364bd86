using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Simulator.Deployment;

/// <summary>
/// Stage-2 deployment (guide chapter 5): deployment info, install/upgrade/migrate check, start and cancel,
/// rollback, questions. Served on the management side (root basic auth on each call); the /rest forms answer
/// structures unwrapped, as port 5480 does.
/// </summary>
internal sealed class DeploymentModule : IVapiModule
{
    private const string Api = "/api/vcenter/deployment";
    private const string Rest = "/rest/vcenter/deployment";

    public void Map(VapiRouteTable routes)
    {
        Add(routes, "GET", "", Access.Read, c => VapiResult.Ok(Feature(c).Info()), unwrapped: true);
        Add(routes, "POST", "?action=rollback", Access.Write, c => { Feature(c).Rollback(); return VapiResult.NoContent(); });

        Add(routes, "GET", "/install", Access.Read, c => VapiResult.Ok(SpecMasking.Masked(Feature(c).StartedSpec<InstallSpec>(DeploymentOperation.Install))), unwrapped: true);
        Add(routes, "POST", "/install?action=check", Access.Write, c => Check(c, DeploymentChecks.Install(c.Body<InstallSpec>(), Feature(c), c.Now)), unwrapped: true);
        Add(routes, "POST", "/install?action=start", Access.Write, c =>
        {
            var spec = c.Body<InstallSpec>();
            return Start(c, DeploymentOperation.Install, spec, DeploymentChecks.Install(spec, Feature(c), c.Now), spec.AutoAnswer);
        });
        Add(routes, "POST", "/install?action=cancel", Access.Write, c => Cancel(c, DeploymentOperation.Install));
        Add(routes, "POST", "/install/psc/standalone?action=check", Access.Write, c => Check(c, DeploymentChecks.StandalonePsc(c.Body<StandalonePscSpec>(), c.Now)), unwrapped: true);
        Add(routes, "POST", "/install/psc/replicated?action=check", Access.Write, c => Check(c, DeploymentChecks.ReplicatedPsc(c.Body<ReplicatedPscSpec>(), Feature(c), c.Now)), unwrapped: true);
        Add(routes, "POST", "/install/remote-psc?action=check", Access.Write, c => Check(c, DeploymentChecks.RemotePsc(c.Body<RemotePscSpec>(), Feature(c), c.Now)), unwrapped: true);
        routes.Add(new VapiOperation
        {
            Method = "GET", Api = Api + "/install/initial-config/remote-psc/thumbprint", Rest = Rest + "/install/initial-config/remote-psc/thumbprint",
            Access = Access.Read, Side = Side.Management, AvailableDuringRestart = true, Handler = Thumbprint,
        });

        Add(routes, "GET", "/upgrade", Access.Read, c => VapiResult.Ok(SpecMasking.Masked(Feature(c).StartedSpec<UpgradeSpec>(DeploymentOperation.Upgrade))), unwrapped: true);
        Add(routes, "POST", "/upgrade?action=check", Access.Write, c => Check(c, DeploymentChecks.Upgrade(c.Body<UpgradeSpec>(), Feature(c), c.Now)), unwrapped: true);
        Add(routes, "POST", "/upgrade?action=start", Access.Write, c =>
        {
            var spec = c.Body<UpgradeSpec>();
            return Start(c, DeploymentOperation.Upgrade, spec, DeploymentChecks.Upgrade(spec, Feature(c), c.Now), spec.AutoAnswer);
        });
        Add(routes, "POST", "/upgrade?action=cancel", Access.Write, c => Cancel(c, DeploymentOperation.Upgrade));

        Add(routes, "GET", "/migrate", Access.Read, c => VapiResult.Ok(SpecMasking.Masked(Feature(c).StartedSpec<MigrateSpec>(DeploymentOperation.Migrate))), unwrapped: true);
        Add(routes, "POST", "/migrate?action=check", Access.Write, c => Check(c, DeploymentChecks.Migrate(c.Body<MigrateSpec>(), Feature(c), c.Now)), unwrapped: true);
        Add(routes, "POST", "/migrate?action=start", Access.Write, c =>
        {
            var spec = c.Body<MigrateSpec>();
            return Start(c, DeploymentOperation.Migrate, spec, DeploymentChecks.Migrate(spec, Feature(c), c.Now), spec.AutoAnswer);
        });
        Add(routes, "POST", "/migrate?action=cancel", Access.Write, c => Cancel(c, DeploymentOperation.Migrate));
        Add(routes, "POST", "/migrate/active-directory?action=check", Access.Write, c => Check(c, DeploymentChecks.ActiveDirectory(c.Body<ActiveDirectorySpec>(), c.Now)), unwrapped: true);

        Add(routes, "GET", "/question", Access.Read, c => VapiResult.Ok(Feature(c).Questions()), unwrapped: true);
        Add(routes, "POST", "/question?action=answer", Access.Write, c => { Feature(c).Answer(c.Body<AnswerSpec>(), c.Now); return VapiResult.NoContent(); });
    }

    internal static DeploymentFeature Feature(VapiContext context) => context.Appliance.Feature<DeploymentFeature>();

    // Every deployment operation lives in applmgmt on port 5480, which keeps answering while vCenter's services restart.
    internal static void Add(VapiRouteTable routes, string method, string suffix, Access access, Func<VapiContext, VapiResult> handler, bool unwrapped = false) =>
        routes.Add(new VapiOperation
        {
            Method = method, Api = Api + suffix, Rest = Rest + suffix, RestBody = "spec", RestUnwrapped = unwrapped,
            Access = access, Side = Side.Management, AvailableDuringRestart = true, Handler = handler,
        });

    /// <summary>Checks run only before stage 2 starts.</summary>
    private static VapiResult Check(VapiContext context, CheckInfo result)
    {
        var state = context.Appliance.State;
        if (state != ApplianceState.Initialized)
        {
            throw VapiException.NotAllowed($"The appliance is {DeploymentFeature.StateName(state)}; checks run only in INITIALIZED.");
        }
        return VapiResult.Ok(result);
    }

    private static VapiResult Start(VapiContext context, DeploymentOperation operation, object spec, CheckInfo check, bool? autoAnswer)
    {
        Feature(context).Start(operation, spec, check, autoAnswer ?? false, context.User, context.Now);
        return VapiResult.NoContent();
    }

    private static VapiResult Cancel(VapiContext context, DeploymentOperation operation)
    {
        Feature(context).Cancel(operation, context.Now);
        return VapiResult.NoContent();
    }

    private static VapiResult Thumbprint(VapiContext context)
    {
        var address = context.Query(context.IsRest ? "spec.address" : "address")
            ?? throw VapiException.InvalidArgument("address", "the PSC address is required.");
        if (!Feature(context).Sources.ContainsKey(address))
        {
            throw new VapiException(VCenter.Errors.ErrorType.Error, "com.vmware.vcenter.deployment.host.unreachable", $"Unable to connect to '{address}'.", address);
        }
        // A stable made-up SHA-1-length thumbprint per host name (real ones are the host certificate's SHA-1).
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(address.ToLowerInvariant()));
        return VapiResult.Ok(string.Join(':', hash.Take(20).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))));
    }
}

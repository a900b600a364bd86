using VCRunbooks.Simulator.Tasks;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Infraprofile;

namespace VCRunbooks.Simulator.Infraprofile;

/// <summary>
/// appliance.infraprofile.Configs: list the profiles, export them as a JSON document (returned as a string), validate
/// and import a document as cis tasks. An import changes this appliance's settings (syslog forwarding, time, DNS).
/// </summary>
internal sealed class InfraprofileModule : IVapiModule
{
    private const string Path = "/api/appliance/infraprofile/configs";
    private const string Service = "com.vmware.appliance.infraprofile.configs";

    public void Map(VapiRouteTable routes)
    {
        routes.Get(Path, null, Access.Read, _ => VapiResult.Ok(ProfileCatalog.Profiles));
        routes.Add(new VapiOperation { Method = "POST", Api = $"{Path}?action=export", Access = Access.Read, Handler = Export });
        routes.Add(new VapiOperation { Method = "POST", Api = $"{Path}?action=validate&vmw-task=true", Access = Access.Read, Handler = Validate });
        routes.Add(new VapiOperation { Method = "POST", Api = $"{Path}?action=import&vmw-task=true", Access = Access.Write, Handler = Import });
    }

    private static VapiResult Export(VapiContext context)
    {
        var spec = context.OptionalBody<ProfilesSpec>() ?? new ProfilesSpec();
        var profiles = spec.Profiles is { Count: > 0 } wanted ? wanted : ProfileCatalog.Profiles.Select(p => p.Name).ToList();
        if (profiles.FirstOrDefault(p => !ProfileCatalog.Exists(p)) is { } unknown)
        {
            throw VapiException.NotFound("Profile", unknown);
        }
        return VapiResult.Ok(ProfileExporter.Export(context.Appliance, profiles, spec.Description, context.Now));
    }

    private static VapiResult Validate(VapiContext context)
    {
        var spec = context.Body<ImportProfileSpec>();
        var appliance = context.Appliance;
        var task = appliance.Tasks.Start(new CisTaskSpec
        {
            Service = Service,
            Operation = "validate",
            Description = LocalizableMessage.Of("com.vmware.appliance.infraprofile.validate", "Validating the configuration profile."),
            Duration = InfraprofileState.ValidateDuration,
            User = context.User?.Name,
            Complete = at => ProfileValidator.Validate(appliance, spec.ConfigSpec, spec.ProfileSpec?.Profiles, at).Result,
        });
        return VapiResult.Accepted(task.Id);
    }

    private static VapiResult Import(VapiContext context)
    {
        var spec = context.Body<ImportProfileSpec>();
        var appliance = context.Appliance;
        var state = appliance.Feature<InfraprofileState>();
        if (state.RunningImport is not null)
        {
            throw VapiException.NotAllowed("Another profile import is in progress; wait for it to finish.");
        }
        var (result, parsed) = ProfileValidator.Validate(appliance, spec.ConfigSpec, spec.ProfileSpec?.Profiles, context.Now);
        var task = appliance.Tasks.Start(new CisTaskSpec
        {
            Service = Service,
            Operation = "import_profile",
            Description = LocalizableMessage.Of("com.vmware.appliance.infraprofile.import", "Importing the configuration profile."),
            Duration = InfraprofileState.ImportDuration,
            User = context.User?.Name,
            Complete = at =>
            {
                if (parsed is null)
                {
                    state.EndImport();
                    throw new VapiException(new VapiError
                    {
                        ErrorType = ErrorType.InvalidArgument,
                        Messages = [.. result.Notifications!.Errors!.Select(e => e.Message)],
                    });
                }
                state.Apply(parsed, at);
                return new ImportResult { Status = "SUCCESS", Profiles = parsed.Profiles, Notifications = result.Notifications };
            },
        });
        state.StartImport(task.Id);
        appliance.Ledger.Record(context.Now, "infraprofile.import_started", task.Id, string.Join(",", parsed?.Profiles ?? []));
        return VapiResult.Accepted(task.Id);
    }
}

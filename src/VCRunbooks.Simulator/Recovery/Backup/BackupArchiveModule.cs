using System.Globalization;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Simulator.Recovery.Backup;

/// <summary>
/// What is stored at a backup location: the systems backed up there and their archives. Only archives of jobs
/// that really succeeded are listed; an unknown location, system or archive answers 404.
/// </summary>
internal sealed class BackupArchiveModule : IVapiModule
{
    private const string Api = "/api/appliance/recovery/backup/system-name";
    private const string Rest = "/rest/appliance/recovery/backup/system-name";

    public void Map(VapiRouteTable routes)
    {
        routes.Add(new VapiOperation { Method = "POST", Api = Api + "?action=list", RestMethod = "GET", Rest = Rest, Access = Access.Read, Handler = ListSystems });
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = Api + "/{system_name}/archives?action=list", RestMethod = "GET", Rest = Rest + "/{system_name}/archives",
            Access = Access.Read, Handler = ListArchives,
        });
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = Api + "/{system_name}/archives/{archive}?action=get", RestMethod = "GET", Rest = Rest + "/{system_name}/archives/{archive}",
            Access = Access.Read, Handler = GetArchive,
        });
    }

    private static VapiResult ListSystems(VapiContext context)
    {
        var spec = context.IsRest ? LocationFromQuery(context, "loc_spec") : context.Body<LocationSpec>();
        var location = LocationRules.Require(spec.Location, context.IsRest ? "loc_spec.location" : "location");
        return VapiResult.Ok(Store(context).Systems(location) ?? throw VapiException.NotFound("Backup location", location));
    }

    private static VapiResult ListArchives(VapiContext context)
    {
        var request = context.IsRest
            ? new ArchiveListRequest { LocSpec = LocationFromQuery(context, "loc_spec"), FilterSpec = FilterFromQuery(context) }
            : context.Body<ArchiveListRequest>();
        var filter = request.FilterSpec;
        var archives = Archives(context, request.LocSpec.Location, "loc_spec.location")
            .Where(a => filter.StartTimestamp is not { } start || a.Timestamp >= start)
            .Where(a => filter.EndTimestamp is not { } end || a.Timestamp <= end)
            .Where(a => filter.CommentSubstring is not { } text || a.Comment.Contains(text, StringComparison.Ordinal))
            .Take(filter.MaxResults is > 0 and var max ? (int)Math.Min(max, int.MaxValue) : int.MaxValue)
            .Select(a => new ArchiveSummary { Archive = a.Id, Timestamp = a.Timestamp, Version = a.Version, Comment = a.Comment })
            .ToList();
        return VapiResult.Ok(archives);
    }

    private static VapiResult GetArchive(VapiContext context)
    {
        var spec = context.IsRest ? LocationFromQuery(context, "spec") : context.Body<LocationSpec>();
        var id = context.Route("archive");
        var archive = Archives(context, spec.Location, context.IsRest ? "spec.location" : "location").FirstOrDefault(a => a.Id == id)
            ?? throw VapiException.NotFound("Backup archive", id);
        return VapiResult.Ok(new ArchiveInfo
        {
            Timestamp = archive.Timestamp,
            Location = archive.FullLocation,
            Parts = archive.Parts,
            Version = archive.Version,
            SystemName = archive.SystemName,
            Comment = archive.Comment,
        });
    }

    private static IReadOnlyList<BackupArchive> Archives(VapiContext context, string? rawLocation, string field)
    {
        var location = LocationRules.Require(rawLocation, field);
        var system = context.Route("system_name");
        var store = Store(context);
        if (store.Systems(location) is null)
        {
            throw VapiException.NotFound("Backup location", location);
        }
        return store.Archives(location, system) ?? throw VapiException.NotFound("Backup system", system);
    }

    private static BackupArchiveStore Store(VapiContext context)
    {
        var store = context.Appliance.World.Feature<BackupArchiveStore>();
        store.CatchUp(context.Appliance);
        return store;
    }

    private static LocationSpec LocationFromQuery(VapiContext context, string prefix) => new()
    {
        Location = context.Query(prefix + ".location") ?? throw VapiException.InvalidArgument(prefix + ".location", "the field is required."),
        LocationUser = context.Query(prefix + ".location_user"),
        LocationPassword = context.Query(prefix + ".location_password"),
    };

    private static ArchiveFilterSpec FilterFromQuery(VapiContext context) => new()
    {
        StartTimestamp = Timestamp(context, "filter_spec.start_timestamp"),
        EndTimestamp = Timestamp(context, "filter_spec.end_timestamp"),
        CommentSubstring = context.Query("filter_spec.comment_substring"),
        MaxResults = context.Query("filter_spec.max_results") is { } max
            ? long.TryParse(max, CultureInfo.InvariantCulture, out var n) ? n : throw VapiException.InvalidArgument("filter_spec.max_results", $"'{max}' is not an integer.")
            : null,
    };

    private static DateTimeOffset? Timestamp(VapiContext context, string name) =>
        context.Query(name) is not { } raw ? null
        : DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at
        : throw VapiException.InvalidArgument(name, $"'{raw}' is not a date-time.");
}

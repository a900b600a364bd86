using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.VCenter.Client.Backup;

internal sealed class BackupArchivesClient(ClientContext context) : IBackupArchivesClient
{
    private const string Api = "/api/appliance/recovery/backup/system-name";
    private const string Rest = "/rest/appliance/recovery/backup/system-name";

    public Task<IReadOnlyList<string>> ListSystemNamesAsync(LocationSpec location, CancellationToken cancellationToken = default)
    {
        Check(location, nameof(location));
        return context.Transport.SendAsync<IReadOnlyList<string>>(Read($"{Api}?action=list", Location(new QueryString(), "loc_spec", location).AppendTo(Rest), location), cancellationToken);
    }

    public Task<IReadOnlyList<ArchiveSummary>> ListAsync(string systemName, LocationSpec location, ArchiveFilterSpec? filter = null, CancellationToken cancellationToken = default)
    {
        var system = Paths.Segment(systemName, nameof(systemName));
        Check(location, nameof(location));
        if (filter?.MaxResults is < 0)
        {
            throw new ArgumentOutOfRangeException("filter.MaxResults", filter.MaxResults, "MaxResults must not be negative.");
        }
        filter ??= new ArchiveFilterSpec();
        var rest = Location(new QueryString(), "loc_spec", location)
            .Add("filter_spec.start_timestamp", filter.StartTimestamp)
            .Add("filter_spec.end_timestamp", filter.EndTimestamp)
            .Add("filter_spec.comment_substring", filter.CommentSubstring)
            .Add("filter_spec.max_results", filter.MaxResults);
        return context.Transport.SendAsync<IReadOnlyList<ArchiveSummary>>(
            Read($"{Api}/{system}/archives?action=list", rest.AppendTo($"{Rest}/{system}/archives"), new ArchiveListRequest { LocSpec = location, FilterSpec = filter }),
            cancellationToken);
    }

    public Task<ArchiveInfo> GetAsync(string systemName, string archive, LocationSpec location, CancellationToken cancellationToken = default)
    {
        var system = Paths.Segment(systemName, nameof(systemName));
        var id = Paths.Segment(archive, nameof(archive));
        Check(location, nameof(location));
        return context.Transport.SendAsync<ArchiveInfo>(
            Read($"{Api}/{system}/archives/{id}?action=get", Location(new QueryString(), "spec", location).AppendTo($"{Rest}/{system}/archives/{id}"), location),
            cancellationToken);
    }

    // The /api forms are POST actions that only read; /rest spells them as GETs with the location in the query.
    private VapiRequest Read(string api, string rest, object body) => new()
    {
        Method = HttpMethod.Post, Api = api, RestMethod = HttpMethod.Get, Rest = rest,
        Body = context.Transport.Flavor == Connection.ApiFlavor.Rest ? null : body,
        Retry = RetryMode.Safe,
    };

    private static QueryString Location(QueryString query, string prefix, LocationSpec location) =>
        query.Add(prefix + ".location", location.Location).Add(prefix + ".location_user", location.LocationUser).Add(prefix + ".location_password", location.LocationPassword);

    private static void Check(LocationSpec location, string name)
    {
        Arguments.NotNull(location, name);
        Arguments.NotEmpty(location.Location, name + ".Location");
    }
}

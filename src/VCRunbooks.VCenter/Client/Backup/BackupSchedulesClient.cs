using System.Text.Json;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.VCenter.Client.Backup;

internal sealed class BackupSchedulesClient(ClientContext context) : IBackupSchedulesClient
{
    private const string Api = "/api/appliance/recovery/backup/schedules";
    private const string Rest = "/rest/appliance/recovery/backup/schedules";

    public Task CreateAsync(string scheduleId, ScheduleCreateSpec spec, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(scheduleId, nameof(scheduleId));
        Arguments.NotNull(spec, nameof(spec));
        Arguments.NotEmpty(spec.Location, "spec.Location");
        Check(spec.Location, spec.BackupPassword, spec.RecurrenceInfo, nameof(spec));
        var body = context.Transport.Flavor == Connection.ApiFlavor.Rest ? (object)spec : new ScheduleCreateRequest { Schedule = scheduleId, Spec = spec };
        return context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Post, Api = Api, Rest = $"{Rest}/{id}", RestBodyName = "spec", Body = body }, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, ScheduleInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        RestMaps.ToDictionary<ScheduleInfo>(await context.Transport.SendAsync<JsonElement>(VapiRequest.Get(Api, Rest), cancellationToken));

    public Task<ScheduleInfo> GetAsync(string scheduleId, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(scheduleId, nameof(scheduleId));
        return context.Transport.SendAsync<ScheduleInfo>(VapiRequest.Get($"{Api}/{id}", $"{Rest}/{id}"), cancellationToken);
    }

    public Task UpdateAsync(string scheduleId, ScheduleUpdateSpec spec, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(scheduleId, nameof(scheduleId));
        Arguments.NotNull(spec, nameof(spec));
        Check(spec.Location, spec.BackupPassword, spec.RecurrenceInfo, nameof(spec));
        return context.Transport.SendAsync(new VapiRequest
        {
            Method = HttpMethod.Patch, Api = $"{Api}/{id}", RestMethod = HttpMethod.Put, Rest = $"{Rest}/update/{id}", RestBodyName = "spec", Body = spec,
            // Setting the same fields twice leaves the same schedule.
            Retry = RetryMode.Safe,
        }, cancellationToken);
    }

    public Task DeleteAsync(string scheduleId, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(scheduleId, nameof(scheduleId));
        return context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Delete, Api = $"{Api}/{id}", Rest = $"{Rest}/{id}" }, cancellationToken);
    }

    public Task<BackupJobStatus> RunAsync(string scheduleId, string? comment = null, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(scheduleId, nameof(scheduleId));
        return context.Transport.SendAsync<BackupJobStatus>(new VapiRequest
        {
            Method = HttpMethod.Post, Api = $"{Api}/{id}?action=run", Rest = $"{Rest}/{id}?action=run", Body = new ScheduleRunRequest { Comment = comment },
        }, cancellationToken);
    }

    private static void Check(string? location, string? password, RecurrenceInfo? recurrence, string spec)
    {
        if (location is not null)
        {
            Arguments.NotEmpty(location, spec + ".Location");
        }
        Arguments.BackupPassword(password, spec + ".BackupPassword");
        if (recurrence is not null)
        {
            if (recurrence.Hour is < 0 or > 23)
            {
                throw new ArgumentOutOfRangeException(spec + ".RecurrenceInfo.Hour", recurrence.Hour, "The hour must be between 0 and 23.");
            }
            if (recurrence.Minute is < 0 or > 59)
            {
                throw new ArgumentOutOfRangeException(spec + ".RecurrenceInfo.Minute", recurrence.Minute, "The minute must be between 0 and 59.");
            }
            Arguments.Defined(recurrence.Days, spec + ".RecurrenceInfo.Days");
        }
    }
}

using System.Globalization;
using System.Net;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Monitoring;

namespace VCRunbooks.Simulator.Tests.Monitoring;

public sealed class MonitoringTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static string Query(DateTimeOffset start, DateTimeOffset end, string interval, string function, params string[] names) =>
        "/api/appliance/monitoring/query?" + string.Join("&", names.Select(n => "names=" + n))
        + $"&interval={interval}&function={function}&start_time={Iso(start)}&end_time={Iso(end)}";

    [Fact]
    public async Task List_ContainsTheGuidesStatistics()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var items = (await vc.GetAsync("/api/appliance/monitoring")).As<List<MonitoredItem>>();

        var ids = items.Select(i => i.Id).ToHashSet();
        foreach (var id in new[] { "cpu.util", "mem.usage", "mem.total", "storage.used.filesystem.vcdb_core_inventory", "storage.used.filesystem.vcdb_seat",
            "storage.totalsize.directory.vcdb_hourly_stats", "storage.totalsize.directory.vcdb_tasks", "net.rx.activity.eth0", "net.tx.error.eth0" })
        {
            Assert.Contains(id, ids);
        }
    }

    [Fact]
    public async Task Get_KnownAndUnknownItem_ReturnsMetadataOrGenericError()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var cpu = (await vc.GetAsync("/api/appliance/monitoring/cpu.util")).As<MonitoredItem>();
        var rest = await vc.GetAsync("/rest/appliance/monitoring/mem.total");
        var unknown = await vc.GetAsync("/api/appliance/monitoring/cpu.bogus");
        var unknownRest = await vc.GetAsync("/rest/appliance/monitoring/cpu.bogus");

        Assert.Equal("%", cpu.Units);
        Assert.Equal("KB", rest.Json.GetProperty("value").GetProperty("units").GetString());
        Assert.Equal(HttpStatusCode.InternalServerError, unknown.Status);
        Assert.Equal("ERROR", unknown.ErrorType);
        Assert.Contains("cpu.bogus", unknown.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownRest.Status);
    }

    [Fact]
    public async Task Query_SpanningApplianceCreation_HasEmptyStringsBeforeIt()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var created = vc.Appliance.CreatedAt;
        sim.Advance(TimeSpan.FromHours(2));
        await vc.LoginAsync(); // the idle session expired while time passed

        var data = (await vc.GetAsync(Query(created.AddHours(-2), created.AddHours(1), "MINUTES30", "AVG", "cpu.util"))).As<List<MonitoredItemData>>().Single();

        Assert.Equal(7, data.Data.Count);
        Assert.All(data.Data.Take(4), d => Assert.Equal("", d));
        Assert.All(data.Data.Skip(4), d => Assert.InRange(double.Parse(d, CultureInfo.InvariantCulture), 0, 100));
    }

    [Fact]
    public async Task Query_StartNotOnInterval_RoundsStartDownAndKeepsEnd()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        sim.Advance(TimeSpan.FromHours(6));
        await vc.LoginAsync(); // the idle session expired while time passed
        var now = sim.Host.Clock.GetUtcNow();
        var hour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        var start = hour.AddHours(-3).AddMinutes(31);
        var end = hour.AddMinutes(-1);

        var data = (await vc.GetAsync(Query(start, end, "MINUTES30", "MAX", "mem.usage"))).As<List<MonitoredItemData>>().Single();

        Assert.Equal(hour.AddHours(-3).AddMinutes(30), data.StartTime);
        Assert.Equal(end, data.EndTime);
        Assert.Equal(5, data.Data.Count);
        Assert.Equal(IntervalType.Minutes30, data.Interval);
    }

    [Fact]
    public async Task Query_StorageEveryFiveMinutes_HasEveryOtherValueEmpty()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var created = vc.Appliance.CreatedAt;
        sim.Advance(TimeSpan.FromHours(1));
        await vc.LoginAsync(); // the idle session expired while time passed

        var data = (await vc.GetAsync(Query(created, created.AddMinutes(55), "MINUTES5", "MAX", "storage.used.filesystem.vcdb_seat"))).As<List<MonitoredItemData>>().Single();

        var filled = data.Data.Select(d => d != "").ToList();
        Assert.Equal(12, filled.Count);
        Assert.Equal(6, filled.Count(f => f));
        Assert.Contains(filled.Zip(filled.Skip(1)), pair => pair.First != pair.Second);
    }

    [Fact]
    public async Task Query_GuideDatabaseUsage_ReturnsIntegerStringsThatGrow()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var created = vc.Appliance.CreatedAt;
        sim.Advance(TimeSpan.FromDays(2));
        await vc.LoginAsync(); // the idle session expired while time passed
        var now = sim.Host.Clock.GetUtcNow();

        var response = await vc.GetAsync(Query(now.AddMinutes(-135), now.AddMinutes(-15), "MINUTES30", "MAX",
            "storage.used.filesystem.vcdb_core_inventory", "storage.used.filesystem.vcdb_seat"));
        var early = (await vc.GetAsync(Query(created, created.AddMinutes(30), "MINUTES30", "MAX", "storage.used.filesystem.vcdb_seat"))).As<List<MonitoredItemData>>().Single();

        var series = response.As<List<MonitoredItemData>>();
        Assert.Equal(["storage.used.filesystem.vcdb_core_inventory", "storage.used.filesystem.vcdb_seat"], series.Select(s => s.Name));
        var seatNow = series[1].Data.Where(d => d != "").Select(long.Parse).Max();
        var seatEarly = early.Data.Where(d => d != "").Select(long.Parse).Max();
        Assert.True(seatNow > seatEarly + 100_000, $"{seatNow} should exceed {seatEarly} after two days of growth");
    }

    [Fact]
    public async Task Query_OlderThanThirteenMonths_IsEmptyWhileRecentDaysHaveValues()
    {
        using var vc = sim.NewAppliance();
        var created = vc.Appliance.CreatedAt;
        sim.Advance(TimeSpan.FromDays(400));
        await vc.LoginAsync();
        var now = sim.Host.Clock.GetUtcNow();

        var old = (await vc.GetAsync(Query(created, created.AddDays(2), "DAY1", "AVG", "cpu.util"))).As<List<MonitoredItemData>>().Single();
        var recent = (await vc.GetAsync(Query(now.AddDays(-3), now.AddDays(-1), "DAY1", "AVG", "cpu.util"))).As<List<MonitoredItemData>>().Single();
        var rest = await vc.GetAsync("/rest/appliance/monitoring");

        Assert.All(old.Data, d => Assert.Equal("", d));
        Assert.All(recent.Data, d => Assert.NotEqual("", d));
        Assert.True(rest.Json.GetProperty("value").GetArrayLength() > 30);
    }

    [Fact]
    public async Task Query_SameRequestTwice_ReturnsSameSeries()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var created = vc.Appliance.CreatedAt;
        sim.Advance(TimeSpan.FromHours(3));
        await vc.LoginAsync(); // the idle session expired while time passed
        var path = Query(created, created.AddHours(3), "MINUTES5", "AVG", "net.rx.activity.eth0");

        var first = (await vc.GetAsync(path)).As<List<MonitoredItemData>>().Single().Data;
        var second = (await vc.GetAsync(path)).As<List<MonitoredItemData>>().Single().Data;

        Assert.Equal(first, second);
        Assert.True(first.Distinct().Count() > 5, "the series should vary");
    }

    [Fact]
    public async Task Query_WhileBackupRuns_RaisesNetworkTransmitAndCpu()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var created = vc.Appliance.CreatedAt;
        // What the backup family writes when a job starts and ends.
        vc.Appliance.Ledger.Record(created.AddMinutes(60), "backup.started", "20260105-090000-22617221");
        vc.Appliance.Ledger.Record(created.AddMinutes(80), "backup.succeeded", "20260105-090000-22617221");
        sim.Advance(TimeSpan.FromHours(2));
        await vc.LoginAsync(); // the idle session expired while time passed

        var series = (await vc.GetAsync(Query(created.AddMinutes(30), created.AddMinutes(115), "MINUTES5", "MAX", "net.tx.activity.eth0", "cpu.util")))
            .As<List<MonitoredItemData>>();

        var tx = series[0].Data.Select(d => double.Parse(d, CultureInfo.InvariantCulture)).ToList();
        var during = tx.Skip(6).Take(4).ToList();
        var outside = tx.Take(6).Concat(tx.Skip(10)).ToList();
        Assert.True(during.Min() > 10 * outside.Max(), $"backup transmit {during.Min()} vs idle {outside.Max()}");
        Assert.True(double.Parse(series[1].Data[7], CultureInfo.InvariantCulture) > double.Parse(series[1].Data[0], CultureInfo.InvariantCulture) + 20);
    }

    [Fact]
    public async Task Query_AroundRealBackupJob_TransmitIsHighExactlyWhileTheJobRan()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        sim.Advance(TimeSpan.FromMinutes(30));
        await vc.LoginAsync();
        await Recovery.RecoveryScenario.RunBackupAsync(sim, vc, Recovery.RecoveryScenario.NewLocation());
        var job = vc.Appliance.Ledger.Entries.Single(e => e.Kind == "backup.started");
        await vc.LoginAsync();

        var tx = (await vc.GetAsync(Query(job.Time.AddMinutes(-10), job.Time.AddMinutes(14), "MINUTES5", "MAX", "net.tx.activity.eth0")))
            .As<List<MonitoredItemData>>().Single();

        var values = tx.Data.Select(d => double.Parse(d, CultureInfo.InvariantCulture)).ToList();
        var bucketOfStart = (int)((job.Time - tx.StartTime) / TimeSpan.FromMinutes(5));
        Assert.True(values[bucketOfStart] > 10_000, $"transmit while the backup ran: {values[bucketOfStart]}");
        Assert.True(values[0] < 1_000, $"transmit before it: {values[0]}");
        // The seat-only backup takes a few minutes, so the last buckets (10+ minutes after the start) are idle again.
        Assert.True(values[^1] < 1_000, $"transmit after it: {values[^1]}");
    }

    [Fact]
    public async Task RestQuery_IndexedItemNames_ReturnsWrappedSeriesInOrder()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var created = vc.Appliance.CreatedAt;
        sim.Advance(TimeSpan.FromHours(1));
        await vc.LoginAsync(); // the idle session expired while time passed

        var response = await vc.GetAsync("/rest/appliance/monitoring/query?item.names.2=mem.usage&item.names.1=cpu.util&item.interval=MINUTES30&item.function=COUNT"
            + $"&item.start_time={Iso(created)}&item.end_time={Iso(created.AddMinutes(30))}");

        var value = response.Json.GetProperty("value");
        Assert.Equal("cpu.util", value[0].GetProperty("name").GetString());
        Assert.Equal("mem.usage", value[1].GetProperty("name").GetString());
        Assert.Equal(2, value[0].GetProperty("data").GetArrayLength());
    }

    [Theory]
    [InlineData("interval=MINUTES30&function=MAX&start_time=2026-01-05T08:00:00Z&end_time=2026-01-05T09:00:00Z", "names")]
    [InlineData("names=cpu.util&interval=MINUTES1&function=MAX&start_time=2026-01-05T08:00:00Z&end_time=2026-01-05T09:00:00Z", "interval")]
    [InlineData("names=cpu.util&interval=MINUTES30&function=MEDIAN&start_time=2026-01-05T08:00:00Z&end_time=2026-01-05T09:00:00Z", "function")]
    [InlineData("names=cpu.util&interval=MINUTES30&function=MAX&start_time=yesterday&end_time=2026-01-05T09:00:00Z", "start_time")]
    [InlineData("names=cpu.util&interval=MINUTES30&function=MAX&start_time=2026-01-05T10:00:00Z&end_time=2026-01-05T09:00:00Z", "end_time")]
    [InlineData("names=cpu.util&interval=MINUTES5&function=MAX&start_time=2025-01-05T10:00:00Z&end_time=2026-01-05T09:00:00Z", "interval")]
    [InlineData("names=disk.bogus&interval=MINUTES30&function=MAX&start_time=2026-01-05T08:00:00Z&end_time=2026-01-05T09:00:00Z", "disk.bogus")]
    public async Task Query_BadParameter_AnswersErrorNamingIt(string query, string named)
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.GetAsync("/api/appliance/monitoring/query?" + query);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("ERROR", response.ErrorType);
        Assert.Contains(named, response.Text, StringComparison.Ordinal);
    }
}

using System.Net;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Tasks;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Client.Tasks;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Tasks;
using VCRunbooks.VCenter.Tests.Infrastructure;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Tests.Tasks;

public sealed class TasksTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    private static readonly WaitPolicy EveryTenSeconds = new()
    {
        Backoff = new Backoff { InitialDelay = TimeSpan.FromSeconds(10), Factor = 1, MaxDelay = TimeSpan.FromSeconds(10), Jitter = 0 },
        Timeout = TimeSpan.FromHours(1),
    };

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task GetAsync_RunningTask_ReturnsItsState(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance();
        var task = Start(appliance, TimeSpan.FromMinutes(1));
        await using var client = sim.Client(appliance, flavor);

        var info = await client.Tasks.GetAsync(task.Id);

        Assert.Equal(TaskStatus.Running, info.Status);
        Assert.Equal("com.vmware.test", info.Service);
        Assert.Equal("run", info.Operation);
    }

    [Fact]
    public async Task WaitAsync_TaskRunsToCompletion_ReturnsSucceededAndReportsEachChange()
    {
        var appliance = sim.NewAppliance();
        var task = Start(appliance, TimeSpan.FromMinutes(1), complete: _ => new Dictionary<string, int> { ["size"] = 42 });
        await using var client = sim.Client(appliance);
        var reports = new ListProgress<TaskInfo>();

        var info = await client.Tasks.WaitAsync(task.Id, EveryTenSeconds, reports);

        Assert.Equal(TaskStatus.Succeeded, info.Status);
        Assert.Equal(42, info.ResultAs<Dictionary<string, int>>()!["size"]);
        Assert.Equal(TaskStatus.Succeeded, reports.Items[^1].Status);
        Assert.Equal(reports.Items.Select(i => i.Progress!.Completed), reports.Items.Select(i => i.Progress!.Completed).Distinct());
        Assert.True(reports.Items.Count >= 6, $"one report per 10 s of a 60 s task, got {reports.Items.Count}");
    }

    [Fact]
    public async Task WaitAsync_ProgressUnchangedBetweenReads_ReportsOnlyChanges()
    {
        var appliance = sim.NewAppliance();
        var task = Start(appliance, TimeSpan.FromMinutes(10));
        await using var client = sim.Client(appliance);
        var reports = new ListProgress<TaskInfo>();
        var policy = EveryTenSeconds with { Backoff = EveryTenSeconds.Backoff with { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(1) } };
        var delaysBefore = sim.Delays.Count;

        await client.Tasks.WaitAsync(task.Id, policy, reports);

        var reads = sim.Delays.Count - delaysBefore + 1;
        Assert.Equal(101, reports.Items.Count); // 0..99 percent, then SUCCEEDED at 100
        Assert.True(reads > 500, $"polled every simulated second for 10 minutes, got {reads} reads");
    }

    [Fact]
    public async Task WaitAsync_TaskFails_ThrowsWithTheTaskError()
    {
        var appliance = sim.NewAppliance();
        var task = Start(appliance, TimeSpan.FromSeconds(30), complete: _ => throw new VapiException(ErrorType.ResourceInaccessible, "test.disk.full", "The disk is full."));
        await using var client = sim.Client(appliance);

        var ex = await Assert.ThrowsAsync<VCenterOperationFailedException>(() => client.Tasks.WaitAsync(task.Id, EveryTenSeconds));

        Assert.Equal(ErrorType.ResourceInaccessible, ex.ErrorType);
        Assert.Contains(ex.Messages, m => m.Id == "test.disk.full");
        Assert.Equal(TaskStatus.Failed, Assert.IsType<TaskInfo>(ex.FinalState).Status);
        Assert.False(ex.IsTransient);
    }

    [Fact]
    public async Task WaitAsync_TaskOutlastsTimeout_ThrowsWaitTimeoutWithLastState()
    {
        var appliance = sim.NewAppliance();
        var task = Start(appliance, TimeSpan.FromHours(3));
        await using var client = sim.Client(appliance);
        var started = sim.Host.Clock.GetUtcNow();

        var ex = await Assert.ThrowsAsync<VCenterWaitTimeoutException>(() =>
            client.Tasks.WaitAsync(task.Id, EveryTenSeconds with { Timeout = TimeSpan.FromMinutes(5) }));

        Assert.Equal(TaskStatus.Running, Assert.IsType<TaskInfo>(ex.LastState).Status);
        Assert.Equal(TimeSpan.FromMinutes(5), sim.Host.Clock.GetUtcNow() - started);
    }

    [Fact]
    public async Task WaitAsync_CallerCancels_StopsWithOperationCanceled()
    {
        var appliance = sim.NewAppliance();
        var task = Start(appliance, TimeSpan.FromHours(1));
        await using var client = sim.Client(appliance);
        using var cancel = new CancellationTokenSource();
        var reports = new ListProgress<TaskInfo>(_ => cancel.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Tasks.WaitAsync(task.Id, EveryTenSeconds, reports, cancel.Token));

        Assert.Single(reports.Items);
    }

    [Fact]
    public async Task WaitAsync_ServicesRestartingDuringWait_KeepsWaiting()
    {
        var appliance = sim.NewAppliance();
        var task = Start(appliance, TimeSpan.FromMinutes(5));
        await using var client = sim.Client(appliance, configure: o => o.Retry = new RetryPolicy { MaxRetries = 0 });
        await client.Tasks.GetAsync(task.Id);
        appliance.Faults.UnavailableUntil = sim.Host.Clock.GetUtcNow().AddMinutes(3);

        var info = await client.Tasks.WaitAsync(task.Id, EveryTenSeconds);

        Assert.Equal(TaskStatus.Succeeded, info.Status);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task CancelAsync_CancelableTask_EndsItAsCanceled(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance();
        var task = Start(appliance, TimeSpan.FromHours(1), cancelable: true);
        await using var client = sim.Client(appliance, flavor);

        await client.Tasks.CancelAsync(task.Id);
        var ex = await Assert.ThrowsAsync<VCenterOperationFailedException>(() => client.Tasks.WaitAsync(task.Id, EveryTenSeconds));

        Assert.Equal(ErrorType.Canceled, ex.ErrorType);
    }

    [Fact]
    public async Task CancelAsync_TaskNotCancelable_ThrowsPermanentUnsupported()
    {
        var appliance = sim.NewAppliance();
        var task = Start(appliance, TimeSpan.FromHours(1), cancelable: false);
        await using var client = sim.Client(appliance);

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Tasks.CancelAsync(task.Id));

        Assert.Equal(ErrorType.Unsupported, ex.ErrorType);
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.False(ex.IsTransient);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task ListAsync_FilterByServiceAndStatus_ReturnsOnlyMatchingTasks(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance();
        var running = Start(appliance, TimeSpan.FromHours(1));
        var done = Start(appliance, TimeSpan.Zero);
        var other = Start(appliance, TimeSpan.FromHours(1), service: "com.vmware.other");
        await using var client = sim.Client(appliance, flavor);

        var all = await client.Tasks.ListAsync();
        var filtered = await client.Tasks.ListAsync(new TaskFilterSpec { Services = ["com.vmware.test"], Status = [TaskStatus.Running] });

        Assert.Equal(new[] { done.Id, other.Id, running.Id }.Order(), all.Keys.Order());
        Assert.Equal([running.Id], filtered.Keys);
    }

    private static CisTask Start(Appliance appliance, TimeSpan duration, Func<DateTimeOffset, object?>? complete = null, bool cancelable = false, string service = "com.vmware.test")
    {
        lock (appliance.Sync)
        {
            return appliance.Tasks.Start(new CisTaskSpec
            {
                Service = service,
                Operation = "run",
                Description = LocalizableMessage.Of("test.run", "A test task"),
                Duration = duration,
                Cancelable = cancelable,
                Complete = complete ?? (_ => null),
            });
        }
    }
}

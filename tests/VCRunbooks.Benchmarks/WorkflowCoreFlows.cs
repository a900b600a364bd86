using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models;
using WorkflowCore.Models.LifeCycleEvents;

namespace VCRunbooks.Benchmarks;

/// <summary>WorkflowCore 3.22.0 with its default in-memory persistence, running the same 100-step no-op flow.</summary>
internal sealed class WorkflowCoreFlows : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IWorkflowHost _host;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _completions = new();

    public WorkflowCoreFlows()
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddWorkflow();
        _services = collection.BuildServiceProvider();
        _host = _services.GetRequiredService<IWorkflowHost>();
        _host.RegisterWorkflow<HundredNoops, WcData>();
        _host.RegisterWorkflow<OneNoop, WcData>();
        _host.OnLifeCycleEvent += e =>
        {
            if (e is WorkflowCompleted && e.Reference is { } reference && _completions.TryRemove(reference, out var done))
            {
                done.TrySetResult();
            }
        };
        _host.Start();
    }

    public async Task RunOnceAsync(bool hundred = true)
    {
        var reference = Guid.NewGuid().ToString("N");
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _completions[reference] = done;
        await _host.StartWorkflow(hundred ? nameof(HundredNoops) : nameof(OneNoop), 1, new WcData(), reference);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(2));
    }

    public async ValueTask DisposeAsync()
    {
        _host.Stop();
        await _services.DisposeAsync();
    }

    public sealed class WcData;

    public sealed class WcNoop : StepBody
    {
        public override ExecutionResult Run(IStepExecutionContext context) => ExecutionResult.Next();
    }

    public sealed class HundredNoops : IWorkflow<WcData>
    {
        public string Id => nameof(HundredNoops);
        public int Version => 1;

        public void Build(IWorkflowBuilder<WcData> builder)
        {
            var step = builder.StartWith<WcNoop>();
            for (var i = 1; i < 100; i++)
            {
                step = step.Then<WcNoop>();
            }
        }
    }

    public sealed class OneNoop : IWorkflow<WcData>
    {
        public string Id => nameof(OneNoop);
        public int Version => 1;

        public void Build(IWorkflowBuilder<WcData> builder) => builder.StartWith<WcNoop>();
    }

    internal static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

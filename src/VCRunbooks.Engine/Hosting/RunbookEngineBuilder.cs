using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine;

/// <summary>Returned by AddRunbookEngine: registers activity types (resolved through DI, so they can take services).</summary>
public sealed class RunbookEngineBuilder(IServiceCollection services)
{
    /// <summary>The service collection the engine was added to, for extensions that register more.</summary>
    public IServiceCollection Services { get; } = services;

    /// <summary>Registers one activity type (transient, through DI) and adds it to the catalog; registering it twice is harmless.</summary>
    /// <exception cref="ArgumentException">It lacks [Activity] or is abstract.</exception>
    public RunbookEngineBuilder AddActivity<TActivity>()
        where TActivity : Activity => AddActivity(typeof(TActivity));

    /// <summary>Registers one activity type (transient, through DI) and adds it to the catalog; registering it twice is harmless.</summary>
    /// <exception cref="ArgumentException">It is not a concrete <see cref="Activity"/> or lacks [Activity].</exception>
    public RunbookEngineBuilder AddActivity(Type activityType)
    {
        ActivityDescriber.Describe(activityType);
        Services.TryAddTransient(activityType);
        Services.AddSingleton(new ActivityRegistration(activityType));
        return this;
    }

    /// <summary>Replaces the in-process dispatcher (e.g. with a bus whose consumers call <see cref="Dispatch.IRunWorker"/>).</summary>
    public RunbookEngineBuilder UseDispatcher<TDispatcher>()
        where TDispatcher : class, Dispatch.IRunDispatcher
    {
        Services.Replace(ServiceDescriptor.Singleton<Dispatch.IRunDispatcher, TDispatcher>());
        return this;
    }

    /// <summary>Registers every concrete Activity with an [Activity] attribute in the assembly.</summary>
    public RunbookEngineBuilder AddActivitiesFrom(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => typeof(Activity).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<ActivityAttribute>() is not null))
        {
            AddActivity(type);
        }

        return this;
    }
}

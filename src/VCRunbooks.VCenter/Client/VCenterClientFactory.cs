using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.Registry;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Waiting;

namespace VCRunbooks.VCenter.Client;

/// <summary>Creates <see cref="IVCenterClient"/>s sharing one set of options and named pipelines.</summary>
public sealed class VCenterClientFactory : IVCenterClientFactory
{
    private readonly VCenterClientOptions _options;
    private readonly ILoggerFactory _loggers;

    /// <summary>Creates a factory; null options take the defaults. Throws an <see cref="ArgumentException"/> for invalid options.</summary>
    public VCenterClientFactory(VCenterClientOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        _options = options ?? new VCenterClientOptions();
        _options.Validate();
        _loggers = loggerFactory ?? NullLoggerFactory.Instance;
        Pipelines = VCenterPipelines.CreateRegistry(_options.Retry, _options.TimeProvider);
    }

    /// <summary>The named pipelines (<see cref="VCenterPipelines"/>) every client of this factory uses.</summary>
    public ResiliencePipelineRegistry<string> Pipelines { get; }

    /// <inheritdoc/>
    public IVCenterClient Create(VCenterTarget target, VCenterCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(credentials);
        target.Validate();
        var flurl = HttpClientBuilder.Build(target, _loggers.CreateLogger("VCRunbooks.VCenter.Client.Http"), _options.WrapHandler);
        var transport = new VapiTransport(flurl, target, credentials, Pipelines);
        var poller = new Poller(_options.TimeProvider, _loggers.CreateLogger<Poller>());
        return new VCenterClient(new ClientContext(transport, poller, _options.Wait));
    }
}

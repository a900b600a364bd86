using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Logging;
using VCRunbooks.Server.Secrets;
using VCRunbooks.Server.Tests.Infrastructure;

// CA1873: these tests call the logger with literal arguments on purpose, to push events through the pipeline.
#pragma warning disable CA1873

namespace VCRunbooks.Server.Tests.Logging;

/// <summary>The logging pipeline as the host builds it, with a collecting sink behind the redaction.</summary>
public sealed class RedactingSinkTests : IDisposable
{
    private const string Secret = "Sup3r-Secret-Pw";
    private readonly TempDirectory _data = new();
    private readonly CollectingSink _sink = new();
    private readonly SecretValueRegistry _known = new();
    private readonly Serilog.Core.Logger _serilog;
    private readonly Microsoft.Extensions.Logging.ILogger _logger;
    private readonly SerilogLoggerFactory _factory;

    public RedactingSinkTests()
    {
        _serilog = LoggingServiceCollectionExtensions.Configure(new LoggerConfiguration(), new LogOptions(), new DataFolder(_data.Path), _known, [_sink])
            .CreateLogger();
        _factory = new SerilogLoggerFactory(_serilog);
        _logger = _factory.CreateLogger("Test");
    }

    [Fact]
    public void Log_PropertyWithSensitiveName_IsMasked()
    {
        _logger.LogInformation("Logging in {User} with {Password}", "root", Secret);

        Assert.DoesNotContain(Secret, _sink.AllText(), StringComparison.Ordinal);
        Assert.Contains("root", _sink.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Log_KnownSecretValueUnderHarmlessName_IsMasked()
    {
        _known.Add(Secret);

        _logger.LogInformation("Sending body {Body}", $"{{\"password\":\"{Secret}\"}}");

        Assert.DoesNotContain(Secret, _sink.AllText(), StringComparison.Ordinal);
        Assert.Contains(Redaction.Mask, _sink.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Log_KnownSecretInterpolatedIntoTemplateByMistake_IsMasked()
    {
        _known.Add(Secret);

#pragma warning disable CA2254 // the mistake under test: a message built by interpolation
        _logger.LogWarning($"login failed for password {Secret}");
#pragma warning restore CA2254

        Assert.DoesNotContain(Secret, _sink.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Log_ExceptionTextWithKnownSecret_IsMasked()
    {
        _known.Add(Secret);

        _logger.LogError(new InvalidOperationException($"server rejected {Secret}"), "Call failed");

        Assert.DoesNotContain(Secret, _sink.AllText(), StringComparison.Ordinal);
        Assert.Contains("server rejected", _sink.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Log_DestructuredObjectWithSensitiveProperty_IsMasked()
    {
        _logger.LogInformation("Request {@Request}", new SecretRequest { Value = Secret, Description = "visible" });

        Assert.DoesNotContain(Secret, _sink.AllText(), StringComparison.Ordinal);
        Assert.Contains("visible", _sink.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Log_InsideRunContext_CarriesRunIdAndActivityId()
    {
        using (RunLogContext.Push("run-42", "install"))
        {
            _logger.LogInformation("Step {Step}", 1);
        }
        _logger.LogInformation("Outside");

        var events = _sink.Events.ToList();
        Assert.Equal("\"run-42\"", events[0].Properties["RunId"].ToString());
        Assert.Equal("\"install\"", events[0].Properties["ActivityId"].ToString());
        Assert.False(events[1].Properties.ContainsKey("RunId"));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _serilog.Dispose();
        _data.Dispose();
    }
}

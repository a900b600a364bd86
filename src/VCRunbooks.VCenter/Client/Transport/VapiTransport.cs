using System.Net;
using System.Security.Authentication;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Flurl.Http;
using Polly;
using Polly.Registry;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Json;

namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>
/// Sends vAPI operations over Flurl: picks the /api or /rest form, wraps and unwraps bodies, authenticates,
/// logs in again once when a session expired, maps errors to exceptions and runs the call through the named
/// pipeline its retry mode allows.
/// </summary>
internal sealed class VapiTransport : IDisposable
{
    private readonly IFlurlClient _flurl;
    private readonly VCenterTarget _target;
    private readonly string _baseUrl;
    private readonly string? _hostHeader;
    private readonly ResiliencePipelineProvider<string> _pipelines;
    private readonly ICallAuthenticator _authenticator;

    /// <summary>Reading /rest answers, whose maps come as key/value lists.</summary>
    private static readonly JsonSerializerOptions RestOptions = new(VCenterJson.Options) { Converters = { new RestMapConverterFactory() } };

    public VapiTransport(IFlurlClient flurl, VCenterTarget target, VCenterCredentials credentials, ResiliencePipelineProvider<string> pipelines)
    {
        _flurl = flurl;
        _target = target;
        _baseUrl = target.BaseAddress.ToString().TrimEnd('/');
        // Connecting somewhere else (a proxy, the simulator) still names the appliance in the Host header.
        _hostHeader = target.ApiBaseUrl is null ? null : target.Host;
        _pipelines = pipelines;
        _authenticator = credentials.Kind == CredentialKind.LocalBasic
            ? new BasicAuthenticator(credentials)
            : new SessionAuthenticator(credentials, LoginAsync, LogoutAsync);
    }

    public ApiFlavor Flavor => _target.Flavor;

    public VCenterTarget Target => _target;

    public Task<T> SendAsync<T>(VapiRequest request, CancellationToken cancellationToken) =>
        SendAsync<T>(request, detectEarlierEffect: null, cancellationToken);

    public async Task SendAsync(VapiRequest request, CancellationToken cancellationToken) =>
        await SendAsync<JsonElement?>(request, detectEarlierEffect: null, cancellationToken);

    /// <summary>Sends a call; an unsafe one is retried only when <paramref name="detectEarlierEffect"/> is given.</summary>
    public async Task<T> SendAsync<T>(VapiRequest request, Func<CancellationToken, Task<T?>>? detectEarlierEffect, CancellationToken cancellationToken)
    {
        if (_target.Flavor == ApiFlavor.Rest && request.Rest is null)
        {
            throw new NotSupportedException($"{request.Method} {request.Api} has no /rest form; use ApiFlavor.Api for this target.");
        }
        if (request.Retry == RetryMode.Safe)
        {
            return await _pipelines.GetPipeline(VCenterPipelines.Safe).ExecuteAsync(
                static async (state, ct) => await state.Transport.SendOnceAsync<T>(state.Request, ct), (Transport: this, Request: request), cancellationToken);
        }
        if (detectEarlierEffect is null)
        {
            return await _pipelines.GetPipeline(VCenterPipelines.Unsafe).ExecuteAsync(
                static async (state, ct) => await state.Transport.SendOnceAsync<T>(state.Request, ct), (Transport: this, Request: request), cancellationToken);
        }
        var attempts = 0;
        return await _pipelines.GetPipeline(VCenterPipelines.DetectedCreate).ExecuteAsync(async ct =>
        {
            // Before sending again, look for what an attempt that failed on the way back may already have done.
            if (attempts++ > 0 && await detectEarlierEffect(ct) is { } earlier)
            {
                return earlier;
            }
            return await SendOnceAsync<T>(request, ct);
        }, cancellationToken);
    }

    public ValueTask LogoutAsync(CancellationToken cancellationToken) => _authenticator.LogoutAsync(cancellationToken);

    /// <summary>One attempt, with one transparent re-login when the session it used has expired.</summary>
    private async Task<T> SendOnceAsync<T>(VapiRequest request, CancellationToken cancellationToken)
    {
        var stamp = request.Anonymous ? null : await _authenticator.AuthenticateAsync(cancellationToken);
        var (status, body) = await SendHttpAsync(request, stamp, cancellationToken);
        if (status == HttpStatusCode.Unauthorized && stamp is { Renewable: true } && await _authenticator.RenewAsync(stamp, cancellationToken))
        {
            stamp = await _authenticator.AuthenticateAsync(cancellationToken);
            (status, body) = await SendHttpAsync(request, stamp, cancellationToken);
        }
        if ((int)status is < 200 or > 299)
        {
            throw ErrorEnvelopeParser.Parse(Describe(request), status, body);
        }
        return Decode<T>(request, body);
    }

    private Task<(HttpStatusCode Status, string Body)> SendHttpAsync(VapiRequest request, AuthStamp? stamp, CancellationToken cancellationToken)
    {
        var rest = _target.Flavor == ApiFlavor.Rest;
        var path = rest ? request.Rest! : request.Api;
        var method = rest ? request.RestMethod ?? request.Method : request.Method;
        var headers = new Dictionary<string, string>(request.Headers ?? new Dictionary<string, string>()) { ["Accept"] = "application/json" };
        if (stamp is not null)
        {
            headers[stamp.HeaderName] = stamp.HeaderValue;
        }
        if (rest)
        {
            // Ask for the token in the body only; the /rest cookie would otherwise be the session's second carrier.
            headers["vmware-use-header-authn"] = "true";
        }
        return SendRawAsync(method, path, Encode(request, rest), headers, Describe(request), cancellationToken);
    }

    /// <summary>A SOAP call (the Lookup Service): anonymous, read-only, retried like any safe call.</summary>
    public Task<(HttpStatusCode Status, string Body)> SendSoapAsync(string path, string envelope, CancellationToken cancellationToken) =>
        _pipelines.GetPipeline(VCenterPipelines.Safe).ExecuteAsync(async ct =>
        {
            var headers = new Dictionary<string, string> { ["SOAPAction"] = "urn:lookup/2.0" };
            var answer = await SendRawAsync(HttpMethod.Post, path, new StringContent(envelope, Encoding.UTF8, "text/xml"), headers, "POST " + path, ct);
            if (ErrorClassifier.IsTransient(null, answer.Status))
            {
                throw new VCenterException($"POST {path}: HTTP {(int)answer.Status}", null, answer.Status, [], isTransient: true);
            }
            return answer;
        }, cancellationToken).AsTask();

    private async Task<(HttpStatusCode Status, string Body)> SendRawAsync(HttpMethod method, string path, HttpContent? content,
        IReadOnlyDictionary<string, string> headers, string description, CancellationToken cancellationToken)
    {
        var flurlRequest = _flurl.Request(_baseUrl + path).AllowAnyHttpStatus();
        if (_hostHeader is not null)
        {
            flurlRequest.WithHeader("Host", _hostHeader);
        }
        foreach (var (name, value) in headers)
        {
            flurlRequest.WithHeader(name, value);
        }
        using var owned = content;
        try
        {
            using var response = await flurlRequest.SendAsync(method, content, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return ((HttpStatusCode)response.StatusCode, await response.GetStringAsync());
        }
        catch (FlurlHttpTimeoutException ex)
        {
            throw new VCenterConnectionException($"{description} timed out after {_target.Timeout}.", ex, timedOut: true);
        }
        catch (FlurlHttpException ex) when (FindCertificateFailure(ex) is { } certificate)
        {
            throw new VCenterCertificateException($"{description}: the certificate of {_target.Host} was rejected ({(_target.CertificateThumbprint is null ? "not trusted" : "not the pinned thumbprint")}).", certificate);
        }
        catch (FlurlHttpException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new VCenterConnectionException($"{description}: no answer from {_target.Host}: {ex.InnerException?.Message ?? ex.Message}", ex, timedOut: false);
        }
    }

    private static Exception? FindCertificateFailure(Exception ex)
    {
        for (var current = ex.InnerException; current is not null; current = current.InnerException)
        {
            if (current is AuthenticationException)
            {
                return current;
            }
        }
        return null;
    }

    private static StringContent? Encode(VapiRequest request, bool rest)
    {
        if (request.Body is null)
        {
            return null;
        }
        var node = JsonSerializer.SerializeToNode(request.Body, request.Body.GetType(), VCenterJson.Options);
        if (rest && request.RestBodyName is { } wrapper)
        {
            node = new JsonObject { [wrapper] = node };
        }
        return new StringContent(node?.ToJsonString(VCenterJson.Options) ?? "null", Encoding.UTF8, "application/json");
    }

    private T Decode<T>(VapiRequest request, string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return default!;
        }
        try
        {
            if (_target.Flavor == ApiFlavor.Rest && !request.RestUnwrapped)
            {
                using var document = JsonDocument.Parse(body);
                return document.RootElement.TryGetProperty("value", out var value) ? value.Deserialize<T>(RestOptions)! : default!;
            }
            return JsonSerializer.Deserialize<T>(body, _target.Flavor == ApiFlavor.Rest ? RestOptions : VCenterJson.Options)!;
        }
        catch (JsonException ex)
        {
            throw new VCenterException($"{Describe(request)}: the answer could not be read as {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    private async Task<string> LoginAsync(VCenterCredentials credentials, CancellationToken cancellationToken)
    {
        var request = new VapiRequest
        {
            Method = HttpMethod.Post,
            Api = "/api/session",
            Rest = "/rest/com/vmware/cis/session",
            Anonymous = true,
            // A login creates nothing that matters if sent twice; a lost answer just leaves an idle session behind.
            Retry = RetryMode.Safe,
            Headers = new Dictionary<string, string> { ["Authorization"] = BasicAuthenticator.Header(credentials) },
        };
        return await SendAsync<string>(request, cancellationToken);
    }

    private async Task LogoutAsync(string token, CancellationToken cancellationToken)
    {
        var request = new VapiRequest
        {
            Method = HttpMethod.Delete,
            Api = "/api/session",
            Rest = "/rest/com/vmware/cis/session",
            Anonymous = true,
            Headers = new Dictionary<string, string> { [SessionAuthenticator.HeaderName] = token },
        };
        await SendOnceAsync<JsonElement?>(request, cancellationToken);
    }

    private string Describe(VapiRequest request) => _target.Flavor == ApiFlavor.Rest && request.Rest is { } rest
        ? $"{request.RestMethod ?? request.Method} {rest}"
        : $"{request.Method} {request.Api}";

    public void Dispose()
    {
        (_authenticator as IDisposable)?.Dispose();
        _flurl.Dispose();
    }
}

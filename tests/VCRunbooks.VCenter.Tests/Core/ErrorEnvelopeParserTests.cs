using System.Net;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Errors;

namespace VCRunbooks.VCenter.Tests.Core;

public sealed class ErrorEnvelopeParserTests
{
    [Theory]
    [InlineData("SERVICE_UNAVAILABLE", HttpStatusCode.ServiceUnavailable, true)]
    [InlineData("RESOURCE_BUSY", HttpStatusCode.InternalServerError, true)]
    [InlineData("TIMED_OUT", HttpStatusCode.InternalServerError, true)]
    [InlineData("ERROR", HttpStatusCode.InternalServerError, false)]
    [InlineData("INVALID_ARGUMENT", HttpStatusCode.BadRequest, false)]
    [InlineData("UNAUTHORIZED", HttpStatusCode.Forbidden, false)]
    [InlineData("NOT_FOUND", HttpStatusCode.NotFound, false)]
    [InlineData("UNAUTHENTICATED", HttpStatusCode.Unauthorized, false)]
    public void Parse_ApiEnvelope_ClassifiesByErrorType(string errorType, HttpStatusCode status, bool transient)
    {
        var body = $$"""{"error_type":"{{errorType}}","messages":[{"id":"x.y","default_message":"Something.","args":[]}]}""";

        var ex = ErrorEnvelopeParser.Parse("GET /api/x", status, body);

        Assert.Equal(transient, ex.IsTransient);
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("x.y", ex.Messages.Single().Id);
        Assert.Contains(errorType, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RestEnvelope_ReadsTypeAndMessages()
    {
        const string body = """{"type":"com.vmware.vapi.std.errors.not_allowed_in_current_state","value":{"messages":[{"id":"a.b","default_message":"Not now.","args":[]}]}}""";

        var ex = ErrorEnvelopeParser.Parse("POST /rest/x", HttpStatusCode.BadRequest, body);

        Assert.Equal(ErrorType.NotAllowedInCurrentState, ex.ErrorType);
        Assert.Equal("Not now.", ex.Messages.Single().DefaultMessage);
        Assert.False(ex.IsTransient);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    public void Parse_NoEnvelope_ClassifiesByStatus(HttpStatusCode status, bool transient)
    {
        var ex = ErrorEnvelopeParser.Parse("GET /api/x", status, "<html>proxy error</html>");

        Assert.Null(ex.ErrorType);
        Assert.Equal(transient, ex.IsTransient);
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Server.Runs;

namespace VCRunbooks.Server.Tests.Runs;

/// <summary>Only the engine's caller errors become 4xx; a bug inside (any other exception) stays a 500 for the operator to report.</summary>
public sealed class EngineExceptionHandlerTests
{
    public static TheoryData<Exception, int> CallerErrors() => new()
    {
        { new EngineNotFoundException("No run 'r1'."), StatusCodes.Status404NotFound },
        { new EngineConflictException("Run 'r1' is Running; only a faulted run can be retried."), StatusCodes.Status409Conflict },
        { new EngineArgumentException("'maybe' is not an allowed answer.", "answer"), StatusCodes.Status400BadRequest },
    };

    [Theory]
    [MemberData(nameof(CallerErrors))]
    public async Task TryHandle_EngineCallerError_AnswersItsStatusWithTheMessage(Exception error, int status)
    {
        var (handler, http) = Build();

        Assert.True(await handler.TryHandleAsync(http, error, CancellationToken.None));

        Assert.Equal(status, http.Response.StatusCode);
        http.Response.Body.Position = 0;
        Assert.Contains(error.Message, await new StreamReader(http.Response.Body).ReadToEndAsync(), StringComparison.Ordinal);
    }

    public static TheoryData<Exception> Faults() =>
    [
        new InvalidOperationException("Sequence contains no elements"),
        new KeyNotFoundException("The given key 'x' was not present in the dictionary."),
        new ArgumentException("Value cannot be null."),
    ];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task TryHandle_OtherException_IsLeftForTheServerError(Exception fault)
    {
        var (handler, http) = Build();

        Assert.False(await handler.TryHandleAsync(http, fault, CancellationToken.None));
    }

    private static (EngineExceptionHandler, DefaultHttpContext) Build()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Response.Body = new MemoryStream();
        return (new EngineExceptionHandler(services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>()), http);
    }
}

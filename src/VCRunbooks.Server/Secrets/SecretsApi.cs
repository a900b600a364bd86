using Microsoft.AspNetCore.Http.HttpResults;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Logging;
using VCRunbooks.Server.Metrics;
using VCRunbooks.Server.Targets;

namespace VCRunbooks.Server.Secrets;

/// <summary>/api/secrets: write-only values. Every endpoint needs admin; no endpoint returns a value.</summary>
internal static class SecretsApi
{
    private const int MaxValueLength = 4096;

    public static IEndpointRouteBuilder MapSecretsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/secrets").WithTags("Secrets").RequireAuthorization(Policies.Admin);

        group.MapGet("/", async (SecretStore store, CancellationToken cancellationToken) =>
                (await store.ListAsync(cancellationToken)).Select(SecretResponse.Of))
            .WithName("ListSecrets").WithSummary("Lists secrets: names, descriptions and dates, never values.");

        group.MapGet("/{name}", async Task<Results<Ok<SecretResponse>, ProblemHttpResult>> (string name, SecretStore store, CancellationToken cancellationToken) =>
                await store.FindAsync(name, cancellationToken) is { } secret ? TypedResults.Ok(SecretResponse.Of(secret)) : NotFound(name))
            .WithName("GetSecret").WithSummary("Gets a secret's metadata; the value is never returned.");

        group.MapPut("/{name}", PutAsync)
            .WithName("PutSecret").WithSummary("Creates or replaces a secret's value; it is encrypted at rest.");

        group.MapDelete("/{name}", DeleteAsync)
            .WithName("DeleteSecret").WithSummary("Deletes a secret no target refers to.");

        return endpoints;
    }

    private static async Task<Results<Created<SecretResponse>, Ok<SecretResponse>, ValidationProblem>> PutAsync(
        string name, SecretRequest request, SecretStore store, ServerMetrics metrics, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TargetRules.Name().IsMatch(name))
        {
            errors["name"] = [$"'{name}' {TargetRules.NameRule}."];
        }
        if (request.Value is null || request.Value.Length < SecretValueRegistry.MinimumLength || request.Value.Length > MaxValueLength)
        {
            errors["value"] = [$"value is required, {SecretValueRegistry.MinimumLength} to {MaxValueLength} characters."];
        }
        if (request.Description is { Length: > 500 })
        {
            errors["description"] = ["description must be at most 500 characters."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The secret is not valid.");
        }
        var (secret, created) = await store.SetAsync(name, request.Value!, request.Description, cancellationToken);
        metrics.SecretWritten();
        var response = SecretResponse.Of(secret);
        return created ? TypedResults.Created($"/api/secrets/{name}", response) : TypedResults.Ok(response);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string name, SecretStore store, TargetStore targets, CancellationToken cancellationToken)
    {
        var users = await targets.ReferencingAsync(name, cancellationToken);
        if (users.Count > 0)
        {
            return TypedResults.Problem($"Secret '{name}' is used by target(s) {string.Join(", ", users)}; change them first.",
                statusCode: StatusCodes.Status409Conflict, title: "Secret in use");
        }
        return await store.DeleteAsync(name, cancellationToken) ? TypedResults.NoContent() : NotFound(name);
    }

    private static ProblemHttpResult NotFound(string name) =>
        TypedResults.Problem($"No secret named '{name}'.", statusCode: StatusCodes.Status404NotFound, title: "Secret not found");
}

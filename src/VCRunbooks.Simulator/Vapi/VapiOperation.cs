namespace VCRunbooks.Simulator.Vapi;

/// <summary>
/// One vAPI operation as the spec names it: its /api key (path plus <c>?action=</c> and
/// <c>vmw-task=true</c>, exactly as in the Swagger files) and, when it has one, its /rest key.
/// </summary>
internal sealed record VapiOperation
{
    public required string Method { get; init; }
    /// <summary>The /api form, e.g. <c>/api/appliance/recovery/backup/job/{id}?action=cancel</c>.</summary>
    public required string Api { get; init; }
    /// <summary>The deprecated /rest form, e.g. <c>/rest/appliance/recovery/backup/job/{id}/cancel</c>; null when none.</summary>
    public string? Rest { get; init; }
    /// <summary>The HTTP method of the /rest form when it differs (e.g. POST <c>?~action=get</c>).</summary>
    public string? RestMethod { get; init; }
    /// <summary>The parameter name that wraps the request body in the /rest form (<c>piece</c>, <c>spec</c>, ...).</summary>
    public string? RestBody { get; init; }
    /// <summary>True when the /rest form returns the result unwrapped (stage-2 deployment on port 5480).</summary>
    public bool RestUnwrapped { get; init; }
    public Access Access { get; init; } = Access.Read;
    public Side Side { get; init; } = Side.Sso;
    /// <summary>True when the operation still answers while the appliance's services restart (deployment state).</summary>
    public bool AvailableDuringRestart { get; init; }
    public required Func<VapiContext, VapiResult> Handler { get; init; }
}

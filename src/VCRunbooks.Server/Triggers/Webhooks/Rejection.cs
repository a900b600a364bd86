namespace VCRunbooks.Server.Triggers.Webhooks;

/// <summary>Why a request was refused: the HTTP status, a short reason code for metrics and the words for the sender.</summary>
internal sealed record Rejection(int Status, string Code, string Detail);

namespace VCRunbooks.Server.Tests.Messaging;

/// <summary>A stand-in engine event: which run, and its position in that run's stream.</summary>
public sealed record TestRunEvent(string RunId, int Index);

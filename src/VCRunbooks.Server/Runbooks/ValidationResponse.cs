using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Server.Runbooks;

/// <summary>Whether a definition is valid, and every problem with its JSON path.</summary>
internal sealed record ValidationResponse(bool Valid, IReadOnlyList<ValidationError> Errors);

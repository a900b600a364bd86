using VCRunbooks.Engine;

namespace VCRunbooks.Server.RunbookFiles;

/// <summary>Publishes the checked files of one kind (<see cref="Kind"/> names it) as new versions, only when they changed.</summary>
internal interface IRunbookFilePublisher
{
    string Kind { get; }

    /// <param name="check">A valid check of this publisher's kind.</param>
    /// <param name="latest">The runbook's latest published version, or null when it has none.</param>
    /// <param name="source">The file, commit and author recorded with a new version.</param>
    Task<RunbookFilePublished> PublishAsync(RunbookFileCheck check, DefinitionSummary? latest, DefinitionSource source, CancellationToken cancellationToken);
}

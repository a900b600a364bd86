using VCRunbooks.Server.RunbookFiles.Json;
using VCRunbooks.Server.Triggers.Definitions;

namespace VCRunbooks.Server.RunbookFiles.Triggers;

/// <summary>
/// Trigger files (<c>triggers/*.json</c>: webhooks, chat aliases and workspaces, schedules, calendars), checked offline
/// with the rules the server loads them by, each error at the line and column of the field it names. They define no
/// runbook, so they take no part in the runbook id checks.
/// </summary>
internal sealed class TriggerFileKind : IRunbookFileKind
{
    public const string KindName = "trigger";

    public string Name => KindName;

    public bool Handles(string path) =>
        path.StartsWith(TriggerLoader.FolderName + "/", StringComparison.OrdinalIgnoreCase) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public RunbookFileCheck Check(RunbookFile file)
    {
        var (definition, errors) = TriggerJson.Parse(file.Text);
        var positions = JsonPositions.Of(file.Text);
        var located = errors.Select(e =>
        {
            var (line, column) = positions.Find(e.Field);
            return new RunbookFileError(file.Path, line, column, e.ToString());
        }).ToList();
        return new RunbookFileCheck(file.Path, Name, null, located, located.Count == 0 ? definition : null);
    }
}

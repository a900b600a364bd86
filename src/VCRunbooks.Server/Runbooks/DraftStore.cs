using VCRunbooks.Engine.Definitions;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.Runbooks;

/// <summary>Unpublished drafts, one JSON file per runbook in the data folder; publishing makes them a version.</summary>
internal sealed class DraftStore(DataFolder data)
{
    private string PathOf(string id) => Path.Combine(Directory.CreateDirectory(data.File("drafts")).FullName, id + ".json");

    public async Task SaveAsync(RunbookDefinition draft, CancellationToken cancellationToken) =>
        await File.WriteAllTextAsync(PathOf(draft.Id), RunbookJson.Serialize(draft with { Version = 0 }), cancellationToken);

    public async Task<RunbookDefinition?> FindAsync(string id, CancellationToken cancellationToken) =>
        File.Exists(PathOf(id)) ? RunbookJson.Parse(await File.ReadAllTextAsync(PathOf(id), cancellationToken)) : null;

    public void Delete(string id) => File.Delete(PathOf(id));
}

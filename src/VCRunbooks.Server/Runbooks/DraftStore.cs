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

    /// <summary>Every draft, by id; a file that no longer parses is listed by its file name so it can be replaced.</summary>
    public async Task<IReadOnlyList<DraftSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(data.File("drafts"));
        var drafts = new List<DraftSummary>();
        foreach (var file in folder.EnumerateFiles("*.json").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file.Name);
            string name;
            try
            {
                name = RunbookJson.Parse(await File.ReadAllTextAsync(file.FullName, cancellationToken)).Name;
            }
            catch (RunbookValidationException)
            {
                name = id;
            }
            drafts.Add(new DraftSummary(id, name, file.LastWriteTimeUtc));
        }
        return drafts;
    }

    public void Delete(string id) => File.Delete(PathOf(id));
}

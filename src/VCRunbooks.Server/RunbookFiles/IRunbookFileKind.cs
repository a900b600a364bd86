namespace VCRunbooks.Server.RunbookFiles;

/// <summary>
/// One kind of file a runbook repository holds (JSON runbooks; C# scripts and trigger files plug in the same way): which
/// paths it takes and how it checks one offline, with nothing but the activity catalog — no server, database or network.
/// </summary>
internal interface IRunbookFileKind
{
    /// <summary>Short name shown in output and the git status, e.g. "json".</summary>
    string Name { get; }

    /// <summary>Whether this kind takes the file at <paramref name="path"/> (relative, '/' separated).</summary>
    bool Handles(string path);

    RunbookFileCheck Check(RunbookFile file);
}

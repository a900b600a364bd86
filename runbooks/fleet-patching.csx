// id: fleet-patching
// name: Patch a fleet of vCenters in waves (C# script)
// description: Patches every target with a tag, each as its own patching-script run: a canary of one first, then
// description: waves of N at a time. Stops starting waves once more than K targets failed, and ends with one summary.

var tag = Input<string>("tag", "Patch every target that carries this tag.");
var waveSize = Input<int>("waveSize", "Targets patched at once after the canary.", 5);
var maxFailures = Input<int>("maxFailures", "Failures tolerated; one more stops the rollout before the next wave.", 0);
var confirmAfterCanary = Input<bool>("confirmAfterCanary", "Ask an operator to go on once the canary is patched.", false);
var backupLocation = Input<string>("backupLocation", "Backup folder URL; each target backs up into its own sub-folder.");
var locationType = Input<string>("locationType", "The backup location's protocol.", "Sftp");
var locationUser = Input<string?>("locationUser", "User at the backup location.");
var locationPasswordSecret = Input<string?>("locationPasswordSecret", "Secret holding the backup location's password.");
var backupPasswordSecret = Input<string?>("backupPasswordSecret", "Secret holding the backup archive's password.");
var userData = Input<KeyValueMap>("userData", "Install questions answered from secrets: data item = name of the secret holding the answer.", []);
var maxHealthLevel = Input<string>("maxHealthLevel", "The worst health level that lets patching go ahead.", "Yellow");
var pollInterval = Input<TimeSpan>("pollInterval", "How often backup and install progress is read.", TimeSpan.FromSeconds(30));

if (waveSize < 1)
{
    throw new ArgumentException($"waveSize must be at least 1, not {waveSize}");
}

var fleet = await FindTargets(tag);
if (fleet.Outcome == "None")
{
    throw new InvalidOperationException($"No target carries the tag '{tag}'; nothing to patch.");
}

// The canary alone, then the rest N at a time.
var waves = new List<string[]> { fleet.Names[..1] };
waves.AddRange(fleet.Names.Skip(1).Chunk(waveSize));
Log($"Patching {fleet.Names.Length} target(s) tagged '{tag}' in {waves.Count} wave(s): canary {fleet.Names[0]}, then {waveSize} at a time");

var results = new Dictionary<string, string>();
var failed = 0;
var stopped = false;
for (var i = 0; i < waves.Count && !stopped; i++)
{
    var wave = waves[i];
    Log($"Wave {i + 1} of {waves.Count}: {string.Join(", ", wave)}");
    foreach (var (name, result, ok) in await Task.WhenAll(wave.Select(Patch)))
    {
        results[name] = result;
        failed += ok ? 0 : 1;
    }

    if (failed > maxFailures)
    {
        stopped = true;
        Log($"{failed} target(s) failed, more than the {maxFailures} tolerated: no further wave starts");
    }
    else if (i == 0 && confirmAfterCanary && waves.Count > 1)
    {
        var answer = await Ask($"Canary {wave[0]} is patched ({results[wave[0]]}). Go on with the other {fleet.Names.Length - 1}?", ["yes", "no"], "no", TimeSpan.FromHours(4));
        stopped = answer.Answer != "yes";
        if (stopped)
        {
            Log($"Stopped after the canary: the answer was '{answer.Answer}'" + (answer.TimedOut ? " (no one answered in time)" : string.Empty));
        }
    }
}

foreach (var name in fleet.Names.Where(n => !results.ContainsKey(n)))
{
    results[name] = "not started";
}

var patched = results.Count(r => r.Value.StartsWith("patched", StringComparison.Ordinal));
var summary = $"{patched} of {fleet.Names.Length} patched, {failed} failed, {fleet.Names.Length - patched - failed} not started: "
    + string.Join("; ", fleet.Names.Select(n => $"{n} {results[n]}"));
Output("results", results);
Output("summary", summary);
Log(summary);
if (stopped && failed > maxFailures)
{
    throw new InvalidOperationException("Fleet rollout stopped: " + summary);
}

async Task<(string Name, string Result, bool Ok)> Patch(string name)
{
    var inputs = new JsonObject
    {
        ["target"] = name,
        ["backupLocation"] = backupLocation.TrimEnd('/') + "/" + name,
        ["locationType"] = locationType,
        ["locationUser"] = locationUser,
        ["locationPasswordSecret"] = locationPasswordSecret,
        ["backupPasswordSecret"] = backupPasswordSecret,
        ["userData"] = userData.ToJson(),
        ["maxHealthLevel"] = maxHealthLevel,
        ["pollInterval"] = pollInterval.ToString("c"),
    };
    try
    {
        var run = await RunRunbook("patching-script", inputs: inputs);
        var version = run.Outputs?["version"]?.ToString();
        return (name, version is null ? "patched (already up to date)" : $"patched to {version} (run {run.ChildRunId})", true);
    }
    catch (ActivityFailedException e)
    {
        return (name, "failed: " + e.Error, false);
    }
}

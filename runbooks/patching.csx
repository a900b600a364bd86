// id: patching-script
// name: Patch a vCenter (C# script)
// description: The patching runbook as a C# script: health gate, pending updates, backup, stage and install (once,
// description: across restarts), verify version and health; on failure a support bundle and a clear outcome.

var target = Input<string>("target", "The vCenter to patch (a target name).");
var backupLocation = Input<string>("backupLocation", "Backup folder URL for the pre-patch backup.");
var locationType = Input<string>("locationType", "The backup location's protocol.", "Sftp");
var locationUser = Input<string?>("locationUser", "User at the backup location.");
var locationPasswordSecret = Input<string?>("locationPasswordSecret", "Secret holding the backup location's password.");
var backupPasswordSecret = Input<string?>("backupPasswordSecret", "Secret holding the backup archive's password.");
var userData = Input<KeyValueMap>("userData", "Install questions answered from secrets: data item = name of the secret holding the answer.", []);
var maxHealthLevel = Input<string>("maxHealthLevel", "The worst health level that lets patching go ahead.", "Yellow");
var pollInterval = Input<TimeSpan>("pollInterval", "How often backup and install progress is read.", TimeSpan.FromSeconds(30));

var quickRetry = new CallPolicy { Attempts = 5, RetryDelay = TimeSpan.FromSeconds(10) };
var slowRetry = new CallPolicy { Attempts = 5, RetryDelay = TimeSpan.FromSeconds(30) };

var session = (await CreateSession(target, "Sso", policy: quickRetry)).Session;

var health = await CheckHealth(session, ["System"], maxHealthLevel);
if (health.Outcome == "Unhealthy")
{
    throw new InvalidOperationException("Not patching: health is " + health.Levels.ToJsonString());
}

var pending = await ListPendingUpdates(session, "LocalAndOnline");
if (pending.Outcome == "UpToDate")
{
    Log("No updates pending; nothing to do");
    return;
}

var version = pending.Latest;
var failure = await BackUp() ?? await Install() ?? await Verify();
if (failure is null)
{
    return;
}

// Something went wrong after the health gate: leave the diagnostics behind, then fail with what happened.
var bundle = await CreateSupportBundle(session, failure, policy: new() { Attempts = 3, RetryDelay = TimeSpan.FromSeconds(30) });
await WaitForJob(session, "Task", bundle.TaskId, timeout: TimeSpan.FromMinutes(30), pollInterval: TimeSpan.FromSeconds(15));
throw new InvalidOperationException($"{failure} (support bundle: task {bundle.TaskId})");

async Task<string> BackUp()
{
    var backup = await StartBackup(session, locationType, backupLocation, parts: [], locationUser: locationUser,
        locationPasswordSecret: locationPasswordSecret, backupPasswordSecret: backupPasswordSecret,
        comment: "Before patching to " + version, policy: quickRetry);
    if (backup.Outcome == "TooLarge")
    {
        return $"Backup before patching refused: {backup.SizeMb} MB is more than allowed";
    }

    var wait = await WaitForJob(session, "Backup", backup.JobId, timeout: TimeSpan.FromHours(2), pollInterval: pollInterval, maxPollInterval: TimeSpan.FromMinutes(2));
    return wait.Outcome == "Succeeded" ? null : $"Backup before patching ended {wait.State}: {wait.Message}";
}

async Task<string> Install()
{
    await StageAndInstall(session, version, userData, pollInterval, policy: new() { Attempts = 5, RetryDelay = TimeSpan.FromSeconds(15) });
    var wait = await WaitForJob(session, "Update", timeout: TimeSpan.FromHours(3), pollInterval: pollInterval, maxPollInterval: TimeSpan.FromMinutes(2));
    return wait.Outcome == "Succeeded" ? null : $"Install of {version} ended {wait.State} at {wait.Progress}%: {wait.Message}";
}

async Task<string> Verify()
{
    var installed = await GetVersion(session, version, policy: slowRetry);
    Output("version", installed.Version);
    if (installed.Outcome == "Differs")
    {
        return $"After the install the version is {installed.Version}, not {version}";
    }

    var after = await CheckHealth(session, ["System"], maxHealthLevel, policy: slowRetry);
    if (after.Outcome == "Unhealthy")
    {
        return "Patched, but health is now " + after.Levels.ToJsonString();
    }

    Log($"Patched to {installed.Version} and healthy");
    return null;
}

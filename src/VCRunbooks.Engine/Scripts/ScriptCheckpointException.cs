namespace VCRunbooks.Engine.Scripts;

/// <summary>A commit in the middle of a script's step failed (a conflict, the database away): the pass ends as a failed commit does, the run does not fault.</summary>
internal sealed class ScriptCheckpointException(Exception inner) : Exception("A script checkpoint could not be committed.", inner);

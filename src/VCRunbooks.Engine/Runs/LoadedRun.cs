using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Runs;

/// <summary>A run row and the signals waiting for it: fired timers, triggered events, a cancellation.</summary>
internal sealed record LoadedRun(RunRecord Record, IReadOnlyList<BookmarkRecord> Fired);

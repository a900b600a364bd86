using System.Text.Json.Nodes;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine;

/// <summary>The engine's public surface: publish runbooks, start and steer runs, read their state and journal.</summary>
public interface IRunbookEngine
{
    /// <summary>
    /// Validates and publishes an immutable version (version 0 takes the next number) and returns it as stored; publishing
    /// an existing version again with identical content is a no-op, and lifts a retraction.
    /// </summary>
    /// <exception cref="RunbookValidationException">The definition is invalid (every problem, each with a JSON path), or the version exists with other content.</exception>
    Task<RunbookDefinition> PublishAsync(RunbookDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>Publishes like <see cref="PublishAsync(RunbookDefinition, CancellationToken)"/>, recording where the version came from (file, commit, author).</summary>
    Task<RunbookDefinition> PublishAsync(RunbookDefinition definition, DefinitionSource? source, CancellationToken cancellationToken = default);

    /// <summary>
    /// Refuses new runs of a runbook (its file left the repository) until a version of it is published again; runs already
    /// started finish on their pinned version. False when no version of it exists.
    /// </summary>
    Task<bool> RetractAsync(string definitionId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Checks a definition as <see cref="PublishAsync(RunbookDefinition, CancellationToken)"/> would, storing nothing: every problem found, empty when it is valid.</summary>
    IReadOnlyList<ValidationError> Validate(RunbookDefinition definition);

    /// <summary>The published definition, its latest version when <paramref name="version"/> is null; null when there is no such runbook or version.</summary>
    Task<RunbookDefinition?> GetDefinitionAsync(string definitionId, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>Every published version of every runbook (retracted ones too, marked), by id then version.</summary>
    Task<IReadOnlyList<DefinitionSummary>> ListDefinitionsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a run of the latest (or given) version: the run row is committed before this returns, then dispatched.
    /// The same idempotency key returns the run it started before, whatever the inputs or version.
    /// </summary>
    /// <exception cref="EngineNotFoundException">No such runbook or version.</exception>
    /// <exception cref="EngineConflictException">The idempotency key already started a run of another runbook.</exception>
    /// <exception cref="EngineArgumentException">The inputs are unknown, missing or of the wrong type.</exception>
    /// <exception cref="RunbookRetractedException">The runbook is retracted.</exception>
    Task<RunSummary> StartRunAsync(string definitionId, JsonObject? inputs = null, string? idempotencyKey = null, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>The run as of its last commit, with what it waits on; null when there is no such run.</summary>
    Task<RunDetails?> GetRunAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>A page of runs matching <paramref name="query"/> (all runs when null), newest first.</summary>
    Task<IReadOnlyList<RunSummary>> ListRunsAsync(RunQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>The run's journal lines with a sequence number above <paramref name="afterSeq"/>, in order; empty for an unknown run.</summary>
    Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string runId, long afterSeq = 0, CancellationToken cancellationToken = default);

    /// <summary>
    /// Resumes every run waiting on (name, correlationKey). When none waits yet, the event is kept for
    /// <see cref="EngineOptions.PendingEventLifetime"/> and the first wait on that name and key takes it.
    /// The correlation key is required: it names the wait the event is for. The event is durable before this returns.
    /// </summary>
    /// <exception cref="EngineArgumentException">The correlation key is empty, or the name is reserved for child runs.</exception>
    Task<EventDelivery> RaiseEventAsync(string name, string correlationKey, JsonNode? payload = null, CancellationToken cancellationToken = default);

    /// <summary>Questions runs are waiting on, oldest first (optionally of one run).</summary>
    Task<IReadOnlyList<OpenQuestion>> ListQuestionsAsync(string? runId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of open questions, oldest first, by run, runbook or target: one indexed query over the waits on
    /// questions, however many runs are suspended.
    /// </summary>
    Task<IReadOnlyList<OpenQuestion>> ListQuestionsAsync(QuestionQuery query, CancellationToken cancellationToken = default);

    /// <summary>Answers a question raised by Ask; the answer must be one of its allowed answers (case-insensitive).</summary>
    /// <exception cref="EngineNotFoundException">No open question has this id.</exception>
    /// <exception cref="EngineArgumentException">The answer is not an allowed one.</exception>
    /// <exception cref="EngineConflictException">Another answer got there first: the question no longer waits.</exception>
    Task AnswerQuestionAsync(string questionId, string answer, string? answeredBy = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels a run (and its child runs): the cancel is committed before this returns, interrupts the step executing now
    /// and drops every wait; false when it had already finished.
    /// </summary>
    /// <exception cref="EngineNotFoundException">No such run.</exception>
    Task<bool> CancelAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Re-runs a faulted run from its failed step, with the next attempt number; earlier steps do not run again.</summary>
    /// <exception cref="EngineNotFoundException">No such run.</exception>
    /// <exception cref="EngineConflictException">The run is not faulted, was compensated, or changed meanwhile.</exception>
    Task RetryAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a waiting script run to another version of its runbook (a fix for the part it has not reached yet). Its
    /// next pass replays the recorded calls against the new code; a change to calls already made faults the run as a
    /// non-deterministic change, naming the line, the recorded call and the new one. Throws
    /// <see cref="EngineNotFoundException"/> for an unknown run or version, <see cref="EngineConflictException"/> when
    /// the run is not waiting or already on that version, and <see cref="EngineArgumentException"/> when either
    /// version is not a script.
    /// </summary>
    Task UpgradeRunAsync(string runId, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a note from outside the run to its journal, kind <c>note</c> (for example a ticket write-back that failed),
    /// with <paramref name="source"/> and <paramref name="data"/> in its data. It does not change what the run does, and
    /// works on a finished run too. The caller passes no secrets: the text is journaled as given (cut at 2,000 characters).
    /// </summary>
    Task<JournalEntry> AddNoteAsync(string runId, string source, string message, JsonObject? data = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads the latest plan of every published runbook (from the compile cache when compiled before), so the first
    /// runs after a start do not pay for it; returns how many plans loaded. Runs never wait for it.
    /// </summary>
    Task<int> WarmUpAsync(CancellationToken cancellationToken = default);
}

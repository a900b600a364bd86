namespace VCRunbooks.Server.Triggers.Mapping;

/// <summary>Where a JSON path starts.</summary>
internal enum PathRoot
{
    /// <summary><c>$</c>: the payload, or the batch item when the trigger has a batch path.</summary>
    Item,

    /// <summary><c>$event</c>: the whole payload, also inside a batch.</summary>
    Event,

    /// <summary><c>$headers</c>: the request headers, by lower-case name.</summary>
    Headers,
}

namespace VCRunbooks.Server.Logging;

/// <summary>Stands in for an exception whose text contained a secret; carries the scrubbed text only.</summary>
internal sealed class RedactedException(string scrubbedText) : Exception(scrubbedText)
{
    public override string ToString() => Message;
}

using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace VCRunbooks.Server.Logging;

/// <summary>
/// The last stop before any sink: masks properties with sensitive names and every known secret value, in
/// properties, the message template text and exception text alike, so even a mistaken interpolation leaks nothing.
/// </summary>
internal sealed class RedactingSink(ILogEventSink inner, SecretValueRegistry knownValues) : ILogEventSink, IDisposable
{
    private static readonly MessageTemplateParser Parser = new();

    public void Emit(LogEvent logEvent)
    {
        var template = logEvent.MessageTemplate;
        var scrubbedText = knownValues.Scrub(template.Text);
        if (!ReferenceEquals(scrubbedText, template.Text) && scrubbedText != template.Text)
        {
            template = Parser.Parse(scrubbedText);
        }
        var exception = logEvent.Exception;
        if (exception is not null && !knownValues.IsEmpty)
        {
            var text = exception.ToString();
            var scrubbed = knownValues.Scrub(text);
            if (scrubbed != text)
            {
                exception = new RedactedException(scrubbed);
            }
        }
        var properties = logEvent.Properties.Select(p => new LogEventProperty(p.Key, Redact(p.Key, p.Value)));
        inner.Emit(new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties, logEvent.TraceId ?? default, logEvent.SpanId ?? default));
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private LogEventPropertyValue Redact(string name, LogEventPropertyValue value)
    {
        if (Redaction.IsSensitiveName(name))
        {
            return new ScalarValue(Redaction.Mask);
        }
        return value switch
        {
            ScalarValue { Value: string s } => new ScalarValue(knownValues.Scrub(s)),
            StructureValue structure => new StructureValue(
                structure.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Name, p.Value))), structure.TypeTag),
            SequenceValue sequence => new SequenceValue(sequence.Elements.Select(e => Redact("", e))),
            DictionaryValue dictionary => new DictionaryValue(dictionary.Elements.Select(e =>
                KeyValuePair.Create(e.Key, Redact(e.Key.Value?.ToString() ?? "", e.Value)))),
            _ => value,
        };
    }
}

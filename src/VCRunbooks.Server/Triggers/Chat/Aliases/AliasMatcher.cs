using System.Text.Json.Nodes;
using VCRunbooks.Server.Triggers.Definitions;

namespace VCRunbooks.Server.Triggers.Chat.Aliases;

/// <summary>Matches chat command text to aliases in order, lists them for help, and finds the nearest one for a typo.</summary>
internal static class AliasMatcher
{
    public static AliasMatch? Match(IReadOnlyList<TriggerCatalog.CompiledAlias> aliases, string text)
    {
        foreach (var (alias, formats) in aliases)
        {
            foreach (var format in formats)
            {
                if (format.Match(text, alias.AllowExtras) is { } values)
                {
                    var inputs = (JsonObject)alias.Inputs.DeepClone();
                    foreach (var (name, value) in values)
                    {
                        inputs[name] = value;
                    }
                    return new AliasMatch(alias, format.Text, inputs);
                }
            }
        }
        return null;
    }

    /// <summary>Why the text matched nothing: the usage of an alias with the same command word, or the nearest alias.</summary>
    public static string Explain(IReadOnlyList<TriggerCatalog.CompiledAlias> aliases, string text)
    {
        var word = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        var formats = aliases.SelectMany(a => a.Formats).ToList();
        if (formats.Count == 0)
        {
            return "No command aliases are defined; an admin adds them under runbooks/triggers/.";
        }
        var same = formats.Where(f => string.Equals(f.FirstWord, word, StringComparison.OrdinalIgnoreCase)).ToList();
        if (same.Count > 0)
        {
            var given = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length - 1;
            var needed = same[0].Parameters.Where(p => !same[0].Defaults.ContainsKey(p)).ToList();
            var hint = given < needed.Count ? $" Missing input: {needed[given]}." : string.Empty;
            return $"`{text}` does not fit `{word}`.{hint} Usage: " + string.Join(" or ", same.Select(f => $"`{f.Text}`"));
        }
        var nearest = formats.MinBy(f => Distance(f.FirstWord.ToLowerInvariant(), word.ToLowerInvariant()))!;
        return $"Unknown command `{word}`. Did you mean `{nearest.Text}`? Try `help` for the list.";
    }

    /// <summary>The help text: every alias the user may run, with its formats and description.</summary>
    public static string Help(IReadOnlyList<TriggerCatalog.CompiledAlias> aliases, ChatRole role)
    {
        if (role != ChatRole.Operator)
        {
            return "You may run no runbooks from chat: ask an admin to map you (or a group of yours) to the operator role.";
        }
        return aliases.Count == 0
            ? "No command aliases are defined."
            : "Commands you may run:\n" + string.Join("\n", aliases.Select(a =>
                $"• {string.Join(" | ", a.Alias.Formats.Select(f => $"`{f}`"))} — {a.Alias.Description ?? "runs " + a.Alias.Runbook}"));
    }

    /// <summary>Levenshtein distance, for the nearest-alias hint.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

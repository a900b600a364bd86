namespace VCRunbooks.Engine.Definitions;

/// <summary>How an activity with several inbound connections fires.</summary>
public enum JoinMode
{
    /// <summary>Fires on every arriving token (merge; right after If/Switch branches).</summary>
    Any,

    /// <summary>Fires once a token arrived on every inbound connection (barrier; after a Fork).</summary>
    All,
}

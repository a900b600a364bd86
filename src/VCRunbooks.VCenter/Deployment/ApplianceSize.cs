namespace VCRunbooks.VCenter.Deployment;

/// <summary>The deployment size of an appliance.</summary>
public enum ApplianceSize
{
    /// <summary>Tiny (wire <c>TINY</c>).</summary>
    Tiny,
    /// <summary>Small (<c>SMALL</c>).</summary>
    Small,
    /// <summary>Medium (<c>MEDIUM</c>).</summary>
    Medium,
    /// <summary>Large (<c>LARGE</c>).</summary>
    Large,
    /// <summary>Extra large (<c>XLARGE</c>).</summary>
    Xlarge,
}

namespace VCRunbooks.Simulator.Vapi;

/// <summary>Where an operation lives on a real appliance, which decides the credentials it takes.</summary>
public enum Side
{
    /// <summary>The vAPI endpoint (port 443): SSO sessions only.</summary>
    Sso,
    /// <summary>The appliance management side (port 5480): local root basic auth on every call, or a session.</summary>
    Management,
}

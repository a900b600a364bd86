namespace VCRunbooks.VCenter.Client.Connection;

/// <summary>Which REST form of the API a target speaks.</summary>
public enum ApiFlavor
{
    /// <summary>The 7.0+ form under <c>/api</c>: bare values, flat bodies.</summary>
    Api,

    /// <summary>The deprecated 6.5-style form under <c>/rest</c>, for older appliances: <c>{"value":..}</c> envelopes.</summary>
    Rest,
}

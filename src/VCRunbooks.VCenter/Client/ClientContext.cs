using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Waiting;

namespace VCRunbooks.VCenter.Client;

/// <summary>What every family client needs: the transport, the poller and the default wait policy.</summary>
internal sealed record ClientContext(VapiTransport Transport, Poller Poller, WaitPolicy DefaultWait);

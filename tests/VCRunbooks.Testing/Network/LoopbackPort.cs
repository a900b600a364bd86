using System.Net;
using System.Net.Sockets;

namespace VCRunbooks.Testing.Network;

/// <summary>Ports for servers that tests start as real processes, always on 127.0.0.1.</summary>
public static class LoopbackPort
{
    /// <summary>A port free on loopback now: the OS picks it, and the listener that asked is closed before returning.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

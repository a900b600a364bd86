namespace VCRunbooks.Simulator.Hosting;

/// <summary>Endpoints outside /api and /rest that a family serves itself (e.g. the Lookup Service SOAP endpoint).</summary>
internal interface IEndpointModule
{
    void Map(IEndpointRouteBuilder endpoints);
}

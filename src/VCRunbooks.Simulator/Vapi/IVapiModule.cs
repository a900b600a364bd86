namespace VCRunbooks.Simulator.Vapi;

/// <summary>
/// One operation family of the simulator (backup, deployment, update, ...). Every implementation in this
/// assembly is found at start-up and asked to add its operations to the route table.
/// </summary>
internal interface IVapiModule
{
    void Map(VapiRouteTable routes);
}

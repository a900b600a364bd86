namespace VCRunbooks.Simulator.Control;

/// <summary>
/// Control-API endpoints of one operation family, mapped under <c>/simulator/appliances/{name}</c>. Every
/// implementation in this assembly is found at start-up; use <see cref="ControlApi.Appliance"/> to find the appliance.
/// </summary>
internal interface IControlModule
{
    void Map(IEndpointRouteBuilder appliance);
}

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>The test kit's simulator fixture, its clock stopped at a Monday 22:00 maintenance window.</summary>
public sealed class SimulatorFixture() : VCRunbooks.Testing.Simulator.SimulatorFixture(new DateTimeOffset(2026, 3, 2, 22, 0, 0, TimeSpan.Zero));

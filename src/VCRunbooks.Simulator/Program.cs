using VCRunbooks.Simulator.Hosting;

var app = SimulatorApp.Build(args);
app.Lifetime.ApplicationStarted.Register(() =>
    Console.WriteLine($"vCenter simulator listening on {string.Join(", ", app.Urls)}; control API under /simulator"));
app.Run();

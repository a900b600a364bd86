using VCRunbooks.Simulator.Appliances;

namespace VCRunbooks.Simulator.Lifecycle;

/// <summary>
/// Lifecycle planning state of one vCenter: associated products (two discovered at start: NSX and vSphere
/// Replication, plus any the control API adds), the reports produced, and the pre-check in progress.
/// </summary>
internal sealed class LcmState : IApplianceFeature<LcmState>
{
    public static readonly TimeSpan InteropDuration = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan PrecheckDuration = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan DownloadTokenLifetime = TimeSpan.FromHours(1);

    private readonly Appliance _appliance;
    private readonly List<AssociatedProduct> _products = [];
    private readonly Dictionary<string, LcmReport> _reports = new(StringComparer.Ordinal);
    private int _next;

    private LcmState(Appliance appliance)
    {
        _appliance = appliance;
        var site = appliance.Name.Split('.', 2) is [_, var domain] ? domain : "lab.local";
        AddDiscovered("VMware NSX", "4.1.2", [$"nsx-mgr-01.{site}"]);
        AddDiscovered("VMware vSphere Replication", "8.7", [$"vr-01.{site}"]);
    }

    public static LcmState Create(Appliance appliance) => new(appliance);

    internal IReadOnlyList<AssociatedProduct> Products => _products;

    /// <summary>The pre-check task in progress, if any.</summary>
    public string? RunningPrecheck { get; internal set; }

    public void AddDiscovered(string name, string version, IReadOnlyList<string> deployments) =>
        _products.Add(new AssociatedProduct(NextId(name), name, version, deployments, Auto: true));

    internal AssociatedProduct Add(string name, string version, IReadOnlyList<string> deployments)
    {
        var product = new AssociatedProduct(NextId(name), name, version, deployments, Auto: false);
        _products.Add(product);
        return product;
    }

    internal AssociatedProduct? Find(string id) => _products.Find(p => p.Id == id);

    internal void Replace(AssociatedProduct product) => _products[_products.FindIndex(p => p.Id == product.Id)] = product;

    internal void Remove(string id) => _products.RemoveAll(p => p.Id == id);

    internal LcmReport AddReport(string kind, DateTimeOffset at, string csv)
    {
        var report = new LcmReport($"{kind}-{at:yyyyMMddHHmmss}-{++_next}", kind, at, csv);
        _reports[report.Id] = report;
        return report;
    }

    internal LcmReport? FindReport(string id) => _reports.GetValueOrDefault(id);

    public void Advance(DateTimeOffset now)
    {
        if (RunningPrecheck is { } id && _appliance.Tasks.Find(id) is { IsDone: true })
        {
            RunningPrecheck = null;
        }
    }

    private string NextId(string name) =>
        $"{name.Replace("VMware ", "", StringComparison.Ordinal).Replace(' ', '-').ToLowerInvariant()}-{++_next}";
}

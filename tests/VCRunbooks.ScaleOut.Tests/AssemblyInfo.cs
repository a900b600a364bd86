// Each test starts two server processes; one test at a time keeps them from starving each other on small machines.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

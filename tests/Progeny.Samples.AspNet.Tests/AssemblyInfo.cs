// The test classes each start the sample application through WebApplicationFactory, whose host interception is
// process-wide; started side by side on a loaded machine, one start was seen to find its host already disposed.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Disclosure.Api.Features.Rollups.Applications;

public sealed class Endpoint(RollupReads rollups) : RollupEndpoint(rollups, Rollup.Applications);

namespace Disclosure.Api.Features.Rollups.Proactive;

public sealed class Endpoint(RollupReads rollups) : RollupEndpoint(rollups, Rollup.Proactive);

namespace Disclosure.Api.Features.Rollups.Publications;

public sealed class Endpoint(RollupReads rollups) : RollupEndpoint(rollups, Rollup.Publications);

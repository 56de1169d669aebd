namespace Disclosure.Api.Features.Rollups.ReviewLitigation;

public sealed class Endpoint(RollupReads rollups) : RollupEndpoint(rollups, Rollup.ReviewLitigation);

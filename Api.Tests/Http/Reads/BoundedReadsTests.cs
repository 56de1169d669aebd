using System.Net;
using System.Text.Json.Nodes;
using Disclosure.Api.Reads;
using Disclosure.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Disclosure.Api.Tests.Http.Reads;

/// <summary>
/// Answers are computed a bounded number at a time, with a bounded line waiting; a computation whose clients have
/// all gone is cancelled. One turn and one place in line here, so the bounds are reached deterministically: the test
/// itself holds the only turn.
/// </summary>
public sealed class BoundedReadsTests : IDisposable
{
    private static readonly string Rollup = Routes.Rollup("applications", groupBy: "county");
    private static readonly string RollupKey = Routes.Rollup("applications", groupBy: "county", limit: 250);

    private readonly ServiceFactory _service = new();
    private readonly HttpClient _client;
    private readonly ReadCache _reads;

    public BoundedReadsTests()
    {
        _service.Settings["Reads:MaxConcurrentComputations"] = "1";
        _service.Settings["Reads:MaxQueued"] = "1";
        _client = _service.CreateClient();
        _reads = _service.Services.GetRequiredService<ReadCache>();
    }

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task A_computation_whose_only_client_has_gone_is_cancelled_and_not_kept()
    {
        using (var turn = await _reads.Computations.EnterAsync(CancellationToken.None))
        {
            using var gone = new CancellationTokenSource();
            var request = _client.GetAsync(Rollup, gone.Token);
            await Until(() => _reads.Computations.Waiting == 1 && _reads.WaitingFor(RollupKey, Representation.Json) == 1);

            await gone.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
            await Until(() => _reads.Abandoned == 1 && _reads.Computations.Waiting == 0);
        }

        Assert.Equal(1, _reads.Computations.Free);
        Assert.False(_reads.IsCached(RollupKey, Representation.Json));
        // Asked again, it is computed afresh, and kept.
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(Rollup)).StatusCode);
        Assert.True(_reads.IsCached(RollupKey, Representation.Json));
        Assert.Equal(1, _reads.Abandoned);
    }

    [Fact]
    public async Task A_computation_two_clients_wait_for_goes_on_when_one_of_them_goes()
    {
        HttpResponseMessage stayed;
        using (var turn = await _reads.Computations.EnterAsync(CancellationToken.None))
        {
            using var gone = new CancellationTokenSource();
            var leaving = _client.GetAsync(Rollup, gone.Token);
            await Until(() => _reads.Computations.Waiting == 1);
            var staying = _client.GetAsync(Rollup);
            await Until(() => _reads.WaitingFor(RollupKey, Representation.Json) == 2);

            await gone.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
            Assert.Equal(0, _reads.Abandoned);
            Assert.Equal(1, _reads.Computations.Waiting);
            turn!.Dispose();
            stayed = await staying;
        }

        Assert.Equal(HttpStatusCode.OK, stayed.StatusCode);
        Assert.Equal(0, _reads.Abandoned);
        Assert.True(_reads.IsCached(RollupKey, Representation.Json));
    }

    [Fact]
    public async Task Beyond_the_turns_and_the_line_a_request_gets_503_with_retry_after()
    {
        Task<HttpResponseMessage> queued;
        using (var turn = await _reads.Computations.EnterAsync(CancellationToken.None))
        {
            queued = _client.GetAsync(Rollup);
            await Until(() => _reads.Computations.Waiting == 1);

            var refused = await _client.GetAsync(Routes.Rollup("proactive", groupBy: "county"));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("1", refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
            var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
            Assert.Equal("/problems/unavailable", (string?)problem["type"]);
            Assert.Equal(503, (int?)problem["status"]);
        }

        Assert.Equal(HttpStatusCode.OK, (await queued).StatusCode);
        // Refused, it was not kept either: asked again with a free turn, it is answered.
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(Routes.Rollup("proactive", groupBy: "county"))).StatusCode);
    }

    [Fact]
    public async Task A_cached_answer_needs_no_turn()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(Rollup)).StatusCode);

        using var turn = await _reads.Computations.EnterAsync(CancellationToken.None);
        var again = await _client.GetAsync(Rollup);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, _reads.Computations.Waiting);
    }

    /// <summary>Waits until <paramref name="condition"/> holds (the service runs on other threads); fails after a minute.</summary>
    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true within a minute.");
            await Task.Delay(10);
        }
    }
}

using System.Net;
using static Disclosure.Api.Tests.Http.Reviews.ReviewClient;

namespace Disclosure.Api.Tests.Http.Reviews;

/// <summary>Acceptances and new revisions of the same report racing over real HTTP.</summary>
public sealed class ReviewRaceTests : IDisposable
{
    private const int Rounds = 8, Acceptances = 6, Revisions = 6;
    private readonly ReviewClient _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task An_acceptance_racing_new_revisions_never_leaves_accepted_a_revision_that_was_not_the_one_reviewed()
    {
        await SubmitAsync(_api.Admin, Sample());
        var next = 1000;
        var outcomes = new List<string>();

        for (var round = 0; round < Rounds; round++)
        {
            var reviewed = (int)(await _api.GetAsync(ReviewsUrl))["revision"]!;
            // Every other round the revisions set off first, so that both sides win some rounds.
            List<Task<HttpResponseMessage>> accepting = [], revising = [];
            for (var i = 0; i < Math.Max(Acceptances, Revisions); i++)
            {
                var policyInterpretations = ++next;
                if (round % 2 == 1 && i < Revisions) revising.Add(Task.Run(() => SubmitAsync(_api.Admin, Sample(policyInterpretations))));
                if (i < Acceptances) accepting.Add(Task.Run(() => DecideAsync(_api.Admin, "accepted", reviewed)));
                if (round % 2 == 0 && i < Revisions) revising.Add(Task.Run(() => SubmitAsync(_api.Admin, Sample(policyInterpretations))));
            }
            await Task.WhenAll([.. accepting, .. revising]);

            var accepted = accepting.Count(a => a.Result.StatusCode == HttpStatusCode.OK);
            var revised = revising.Count(r => r.Result.StatusCode == HttpStatusCode.OK);
            foreach (var refused in accepting.Select(a => a.Result).Where(a => a.StatusCode != HttpStatusCode.OK))
                await ProblemAsync(refused, 409, accepted == 1 ? "/problems/review-state-conflict" : "/problems/stale-revision");
            foreach (var refused in revising.Select(r => r.Result).Where(r => r.StatusCode != HttpStatusCode.OK))
                await ProblemAsync(refused, 409, "/problems/report-locked");

            var review = await _api.GetAsync(ReviewsUrl);
            var current = (int)review["revision"]!;
            var last = review["history"]!.AsArray().LastOrDefault();
            Assert.True(accepted <= 1, $"round {round}: {accepted} acceptances of revision {reviewed}");
            if (accepted == 1)
            {
                // Accepted while it was current, and nothing replaced it afterwards.
                Assert.Equal((0, reviewed, "accepted", "accepted", reviewed), (revised, current, (string)review["state"]!, (string)last!["action"]!, (int)last["revision"]!));
                Assert.Equal(reviewed, (int)(await _api.GetAsync(ReportUrl))["revision"]!);
                Assert.Equal(HttpStatusCode.OK, (await DecideAsync(_api.Admin, "unlocked", reviewed, $"round {round}")).StatusCode);
                outcomes.Add("accepted");
            }
            else
            {
                Assert.Equal((Revisions, reviewed + Revisions, "submitted"), (revised, current, (string)review["state"]!));
                outcomes.Add("stale");
            }
        }

        // The history, checked against the revisions: every acceptance is of the revision current then, undone by its unlock before the next.
        var history = (await _api.GetAsync(ReviewsUrl))["history"]!.AsArray().Select(e => ((string)e!["action"]!, (int)e["revision"]!)).ToList();
        var revisions = (await _api.GetAsync(Routes.Revisions(Shangtun, 2020)))["revisions"]!.AsArray().Select(r => (int)r!["revision"]!).ToList();
        Assert.Equal(Enumerable.Range(1, revisions.Count), revisions);
        Assert.Equal(outcomes.Count(o => o == "accepted") * 2, history.Count);
        for (var i = 0; i < history.Count; i += 2)
        {
            Assert.Equal("accepted", history[i].Item1);
            Assert.Equal(("unlocked", history[i].Item2), history[i + 1]);
        }
    }
}

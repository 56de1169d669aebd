using Disclosure.Domain.Formats;
using Disclosure.Domain.Reading;
using Disclosure.Domain.Reports;

namespace Disclosure.Tools;

/// <summary>
/// Synthetic but plausible annual reports for benchmarks: small counts that vary by township and year, drawn
/// from a seed of the township code and year (the same inputs always give the same report), consistent with
/// every identity (A1, A2, A3, R1) so they are accepted unflagged, and with the township's previous report
/// (X1–X4) so they carry no warnings either. The 2019 format up to 2020, the 2021 format from 2021.
/// </summary>
public static class SyntheticReports
{
    private static readonly string[] Applicants = [.. ApplicationTables.ApplicantColumns.Select(c => c.Name)];

    // Where handled applications end up, with a weight each: most are disclosed.
    private static readonly (string Row, int Weight)[] Outcomes2019 = [.. CommonOutcomes, ("results/otherHandling", 3)];
    private static readonly (string Row, int Weight)[] Outcomes2021 =
    [
        .. CommonOutcomes,
        ("results/otherHandling/overdueCorrection", 2),
        ("results/otherHandling/overdueFee", 1),
        ("results/otherHandling/other", 2),
    ];

    private static (string Row, int Weight)[] CommonOutcomes =>
    [
        ("results/disclosed", 55), ("results/partiallyDisclosed", 10),
        ("results/withheld/stateSecret", 1), ("results/withheld/prohibitedByLaw", 1),
        ("results/withheld/endangersSafetyOrStability", 1), ("results/withheld/thirdPartyRights", 2),
        ("results/withheld/internalAffairs", 2), ("results/withheld/processInformation", 2),
        ("results/withheld/enforcementCaseFile", 1), ("results/withheld/administrativeQuery", 1),
        ("results/unableToProvide/notHeld", 10), ("results/unableToProvide/needsCreation", 2),
        ("results/unableToProvide/unclearAfterCorrection", 1),
        ("results/notProcessed/petitionOrComplaint", 3), ("results/notProcessed/repeatedApplication", 2),
        ("results/notProcessed/publicationRequested", 1), ("results/notProcessed/massRepeatedApplications", 1),
        ("results/notProcessed/confirmationOrReissue", 1),
    ];

    private static readonly string[] Domains = [.. KeyDomains.All.Select(d => d.Id).Where(d => d != KeyDomains.Other)];

    private static readonly string[] Problems =
    [
        "政务公开栏目更新不够及时，部分信息发布质量有待提高。",
        "依申请公开答复规范化水平有待提升，下一步将加强业务培训。",
        "基层政务公开标准化规范化建设仍需加强。",
    ];

    public static ReportFormat FormatFor(int year) => year <= 2020 ? ReportFormats.Format2019 : ReportFormats.Format2021;

    /// <summary>
    /// The report of <paramref name="townshipCode"/> for <paramref name="year"/>; <paramref name="previous"/> is the
    /// township's report for the year before, when there is one, so that carried-over figures follow from it.
    /// </summary>
    public static Report Generate(string townshipCode, int year, Report? previous)
    {
        var format = FormatFor(year);
        var code = ulong.Parse(townshipCode, System.Globalization.CultureInfo.InvariantCulture);
        var random = new Random(unchecked((int)Mix(code * 10_007UL + (ulong)year)));
        // A township keeps its size from year to year: 1 (quiet) to 4 (busy).
        var scale = 1 + (int)(Mix(code) % 4);
        if (previous is not null && (previous.TownshipCode != townshipCode || previous.Year != year - 1))
            previous = null;

        var values = new long[format.Cells.Count];
        var cells = new Cells(format, values);
        var before = previous is null ? null : new Cells(previous.Format, previous.Values);
        var sameFormatBefore = before is not null && previous!.Format == format;

        if (format == ReportFormats.Format2019) Proactive2019(cells, sameFormatBefore ? before : null, random, scale);
        else Proactive2021(cells, sameFormatBefore ? before : null, random, scale);
        Applications(cells, before, format == ReportFormats.Format2019 ? Outcomes2019 : Outcomes2021, random, scale);
        ReviewLitigation(cells, random);

        var publications = random.Next(100) < 45 ? MakePublications(random, scale) : null;
        var narrative = random.Next(100) < 8 ? new Narrative(Problems[random.Next(Problems.Length)], null) : null;

        PublicationCells.Fill(format, values, publications);
        var present = new bool[values.Length];
        foreach (var cell in format.Cells)
            present[cell.Index] = !cell.Optional;
        Totals.Derive(format, values, present);
        return new Report(townshipCode, year, format, values, publications, narrative, []);
    }

    private static void Proactive2019(Cells c, Cells? before, Random random, int scale)
    {
        // Townships make no 规章: those stay 0.
        var made = random.Next(0, 2 + scale);
        var published = Math.Min(made, random.Next(0, 2 + scale));
        c["/proactiveDisclosure/normativeDocuments/newlyMade"] = made;
        c["/proactiveDisclosure/normativeDocuments/newlyPublished"] = published;
        c["/proactiveDisclosure/normativeDocuments/totalPublished"] =
            (before?["/proactiveDisclosure/normativeDocuments/totalPublished"] ?? random.Next(0, 10 * scale)) + published;

        foreach (var (row, decisions) in new[] { ("licensing", 30), ("otherServices", 60), ("penalties", 15), ("coercion", 3), ("fees", 0) })
        {
            var items = before is null
                ? random.Next(0, 8 * scale)
                : before[$"/proactiveDisclosure/{row}/previousYearItems"] + before[$"/proactiveDisclosure/{row}/change"];
            c[$"/proactiveDisclosure/{row}/previousYearItems"] = items;
            c[$"/proactiveDisclosure/{row}/change"] = Math.Max(-items, random.Next(-3, 6));
            if (decisions > 0) c[$"/proactiveDisclosure/{row}/decisions"] = random.Next(0, decisions * scale);
        }

        var projects = random.Next(100) < 30 ? random.Next(1, 4) : 0;
        c["/proactiveDisclosure/procurement/projects"] = projects;
        c["/proactiveDisclosure/procurement/amountWan"] = projects == 0 ? 0 : Amount(random, 5, 300 * scale);
    }

    private static void Proactive2021(Cells c, Cells? before, Random random, int scale)
    {
        var inForce = before?["/proactiveDisclosure/normativeDocuments/inForce"] ?? random.Next(0, 10 * scale);
        var issued = random.Next(0, 2 + scale);
        var repealed = (int)Math.Min(inForce, random.Next(0, 3));
        c["/proactiveDisclosure/normativeDocuments/issued"] = issued;
        c["/proactiveDisclosure/normativeDocuments/repealed"] = repealed;
        c["/proactiveDisclosure/normativeDocuments/inForce"] = inForce + issued - repealed;
        c["/proactiveDisclosure/licensing/decisions"] = random.Next(0, 30 * scale);
        c["/proactiveDisclosure/penalties/decisions"] = random.Next(0, 15 * scale);
        c["/proactiveDisclosure/coercion/decisions"] = random.Next(0, 3 * scale);
        c["/proactiveDisclosure/fees/amountWan"] = random.Next(100) < 40 ? Amount(random, 0, 50 * scale) : 0;
    }

    /// <summary>An amount in 分: whole 万元 mostly, sometimes with two to four decimals.</summary>
    private static long Amount(Random random, int minWan, int maxWan)
    {
        var whole = random.Next(minWan, maxWan + 1) * Amounts.FenPerWan;
        return whole + random.Next(100) switch
        {
            < 55 => 0,
            < 80 => random.Next(1, 100) * 10_000L,   // 0.01 万元 steps (100 元)
            _ => random.Next(1, 10_000) * 100L,       // 0.0001 万元 steps (1 元)
        };
    }

    private static void Applications(Cells c, Cells? before, (string Row, int Weight)[] outcomes, Random random, int scale)
    {
        var totalWeight = outcomes.Sum(o => o.Weight);
        for (var a = 0; a < Applicants.Length; a++)
        {
            var column = Applicants[a];
            // 自然人 file most applications; organisations now and then.
            var received = a == 0 ? random.Next(0, 6 * scale + 1) : random.Next(100) < 15 ? random.Next(1, 1 + scale) : 0;
            var carriedOver = before?[$"/applications/carriedForward/{column}"] ?? (a == 0 ? random.Next(0, 2) : 0);
            var open = received + carriedOver;
            var carriedForward = open == 0 || random.Next(100) >= 20 ? 0 : random.Next(1, (int)Math.Min(open, 3) + 1);
            c[$"/applications/newlyReceived/{column}"] = received;
            c[$"/applications/carriedOver/{column}"] = carriedOver;
            c[$"/applications/carriedForward/{column}"] = carriedForward;

            for (var handled = open - carriedForward; handled > 0; handled--)
            {
                var pick = random.Next(totalWeight);
                var i = 0;
                while (pick >= outcomes[i].Weight) pick -= outcomes[i++].Weight;
                c[$"/applications/{outcomes[i].Row}/{column}"] += 1;
            }
        }
    }

    private static void ReviewLitigation(Cells c, Random random)
    {
        foreach (var group in new[] { "review", "litigationDirect", "litigationAfterReview" })
        {
            if (random.Next(100) >= (group == "review" ? 12 : 4)) continue;
            foreach (var column in new[] { "upheld", "corrected", "other", "pending" })
                c[$"/reviewLitigation/{group}/{column}"] = random.Next(100) < 50 ? random.Next(0, 3) : 0;
        }
    }

    private static Publications MakePublications(Random random, int scale)
    {
        var domains = new List<KeyDomainItems>();
        foreach (var domain in Domains)
        {
            if (random.Next(100) < 20) domains.Add(new KeyDomainItems(domain, random.Next(1, 40 * scale), null));
        }
        if (random.Next(100) < 10) domains.Add(new KeyDomainItems(KeyDomains.Other, random.Next(1, 20), "农村集体“三资”管理信息"));
        return new Publications(random.Next(100) < 85 ? random.Next(0, 10 * scale) : null, domains);
    }

    /// <summary>SplitMix64's finaliser: neighbouring codes and years get unrelated seeds.</summary>
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>A report's values addressed by pointer.</summary>
    private sealed class Cells(ReportFormat format, long[] values)
    {
        public long this[string pointer]
        {
            get => values[format.Cell(pointer).Index];
            set => values[format.Cell(pointer).Index] = value;
        }
    }
}

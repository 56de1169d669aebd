using System.Text.Json;
using Disclosure.Domain.Rollups;

namespace Disclosure.Api.Features.Rollups;

/// <summary>
/// How the figures of a rollup shape nest in JSON: section, then each segment of the row path (none when the row is
/// empty), then the column, which holds the number; or, for a list row such as <c>keyDomains</c>, an array with one
/// entry per figure (<see cref="RollupFigure.Entry"/>). Every group of a rollup has the same figures in the same order, so
/// the nesting is worked out once per shape and each group only writes its numbers.
/// </summary>
public sealed class TidyJson
{
    private enum Step { Open, OpenList, Close, CloseList, Value, Entry }

    private readonly IReadOnlyList<RollupFigure> _figures;
    private readonly (Step Step, JsonEncodedText Name, int Index)[] _steps;

    /// <summary>The nesting of <paramref name="shape"/>; the figures of one object must be listed together.</summary>
    public TidyJson(RollupShape shape)
    {
        _figures = shape.Figures;
        var steps = new List<(Step, JsonEncodedText, int)>();
        var open = new List<string>();
        var lists = new List<bool>();
        var closed = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < _figures.Count; index++)
        {
            var figure = _figures[index];
            string[] objects = [figure.Section, .. figure.Row.Split('/', StringSplitOptions.RemoveEmptyEntries)];
            var leaf = figure.Column;

            var common = 0;
            while (common < open.Count && common < objects.Length && open[common] == objects[common])
                common++;
            while (open.Count > common)
            {
                closed.Add(string.Join('/', open));
                open.RemoveAt(open.Count - 1);
                steps.Add((lists[^1] ? Step.CloseList : Step.Close, default, -1));
                lists.RemoveAt(lists.Count - 1);
            }
            for (var depth = common; depth < objects.Length; depth++)
            {
                open.Add(objects[depth]);
                if (closed.Contains(string.Join('/', open)))
                    throw new InvalidOperationException($"The figures of {string.Join('/', open)} are not listed together; the JSON would repeat a member.");
                // A list row (keyDomains) is an array of entries: the innermost object of an entry figure.
                var list = figure.Entry is not null && depth == objects.Length - 1;
                lists.Add(list);
                steps.Add((list ? Step.OpenList : Step.Open, JsonEncodedText.Encode(objects[depth]), -1));
            }
            steps.Add((figure.Entry is null ? Step.Value : Step.Entry, JsonEncodedText.Encode(leaf), index));
        }
        for (var depth = open.Count - 1; depth >= 0; depth--)
            steps.Add((lists[depth] ? Step.CloseList : Step.Close, default, -1));
        _steps = [.. steps];
    }

    /// <summary>Writes the figures of <paramref name="group"/> as members of the object being written.</summary>
    public void Write(Utf8JsonWriter json, RollupGroup group)
    {
        foreach (var (step, name, index) in _steps)
        {
            switch (step)
            {
                case Step.Open:
                    json.WriteStartObject(name);
                    break;
                case Step.OpenList:
                    json.WriteStartArray(name);
                    break;
                case Step.Close:
                    json.WriteEndObject();
                    break;
                case Step.CloseList:
                    json.WriteEndArray();
                    break;
                case Step.Entry:
                    var entry = _figures[index].Entry!;
                    json.WriteStartObject();
                    json.WriteString(entry.Key, name);
                    json.WritePropertyName(entry.Value);
                    WriteValue(json, _figures[index], group);
                    json.WriteEndObject();
                    break;
                default:
                    json.WritePropertyName(name);
                    WriteValue(json, _figures[index], group);
                    break;
            }
        }
    }

    private static void WriteValue(Utf8JsonWriter json, RollupFigure figure, RollupGroup group)
    {
        // Counts are nearly every figure: written straight from the sum, without a value object.
        if (figure.Kind == RollupFigureKind.Count)
            json.WriteNumberValue(figure.Total(group));
        else if (figure.ValueOf(group).Text is { } text)
            json.WriteRawValue(text, skipInputValidation: true);
        else
            json.WriteNullValue();
    }
}

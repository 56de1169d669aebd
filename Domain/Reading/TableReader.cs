using System.Text.Json;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Reading;

/// <summary>Reads the three tables by walking the shape of the report's layout: the shape says what may and must be there.</summary>
internal sealed class TableReader(ReadContext context, ReportFormat format, ReportLayout layout)
{
    public long[] Values { get; } = new long[format.Cells.Count];

    public bool[] Present { get; } = new bool[format.Cells.Count];

    /// <summary>
    /// The layout a report's tables are in: another than the usual one when the member that tells them apart
    /// (<see cref="ReportLayout.DividedAt"/>) holds any member that is a cell of that layout.
    /// </summary>
    public static ReportLayout LayoutOf(ReportFormat format, JsonElement root)
    {
        foreach (var layout in format.Layouts)
        {
            if (layout.DividedAt is not { } node || Find(root, node.Pointer) is not { ValueKind: JsonValueKind.Object } element) continue;
            foreach (var property in element.EnumerateObject())
                if (node.Children.Any(c => c.Cell is not null && property.NameEquals(c.Utf8Name.Span))) return layout;
        }
        return format.Layouts[0];
    }

    /// <summary>Marks the report's layout, and the cells it does not print as present at 0.</summary>
    public void Finish()
    {
        foreach (var cell in format.Cells)
        {
            if (cell.Derived || layout.Prints(cell)) continue;
            Values[cell.Index] = 0;
            Present[cell.Index] = true;
        }
        if (layout.Marker is { } marker) Values[marker.Index] = 1;
    }

    public void Read(ShapeNode node, JsonElement element)
    {
        if (node.Cell is { } cell)
        {
            if (context.ReadCell(element, node.Pointer, cell.Kind) is { } value)
            {
                Values[cell.Index] = value;
                Present[cell.Index] = true;
            }
            return;
        }

        if (!context.ExpectObject(element, node.Pointer)) return;
        // A member of the shape is known by its place among the node's children, compared in UTF-8, so that a
        // well-formed table allocates no name, pointer or set per member; only names the shape lacks are decoded.
        var children = node.Children;
        var seen = new bool[children.Count];
        HashSet<string>? others = null;
        var expected = 0;
        foreach (var property in element.EnumerateObject())
        {
            var index = IndexOf(children, property, expected);
            if (index >= 0)
            {
                expected = index + 1;
                var child = children[index];
                if (seen[index])
                    context.Add(child.Pointer, ProblemCodes.DuplicateMember, $"'{ReadLimits.Quote(child.Name)}' appears more than once.");
                else
                {
                    seen[index] = true;
                    Read(child, property.Value);
                }
                continue;
            }

            var name = property.Name;
            var pointer = JsonPointer.Append(node.Pointer, name);
            if (!(others ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                context.Add(pointer, ProblemCodes.DuplicateMember, $"'{ReadLimits.Quote(name)}' appears more than once.");
            else if (FormatHaving(pointer) is { } other)
                context.Add(pointer, ProblemCodes.OtherFormatMember,
                    $"'{ReadLimits.Quote(name)}' belongs to format {other.Id} here, but the report declares format {format.Id}.");
            else
                context.Add(pointer, ProblemCodes.UnknownMember, $"'{ReadLimits.Quote(name)}' is not a member of format {format.Id} here{InLayout}.");
        }

        for (var i = 0; i < children.Count; i++)
        {
            if (!seen[i] && !children[i].Optional)
                context.Add(children[i].Pointer, ProblemCodes.MissingMember, $"'{children[i].Name}' is required in format {format.Id}{InLayout}.");
        }
    }

    /// <summary>The index of the child <paramref name="property"/> names, or −1; looked for first where the contract's order puts it.</summary>
    private static int IndexOf(IReadOnlyList<ShapeNode> children, JsonProperty property, int expected)
    {
        for (var n = 0; n < children.Count; n++)
        {
            var i = (expected + n) % children.Count;
            if (property.NameEquals(children[i].Utf8Name.Span)) return i;
        }
        return -1;
    }

    private string InLayout => layout == format.Layouts[0] ? "" : $" (layout {layout.Id})";

    private static JsonElement? Find(JsonElement root, string pointer)
    {
        var element = root;
        foreach (var name in pointer[1..].Split('/'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        }
        return element;
    }

    private ReportFormat? FormatHaving(string pointer) =>
        ReportFormats.All.FirstOrDefault(f => f != format && f.FindNode(pointer) is not null);
}

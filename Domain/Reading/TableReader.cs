using System.Text.Json;
using Disclosure.Domain.Formats;
using Disclosure.Domain.Validation;

namespace Disclosure.Domain.Reading;

/// <summary>Reads the three tables by walking the format's shape: the shape says what may and must be there.</summary>
internal sealed class TableReader(ReadContext context, ReportFormat format)
{
    public long[] Values { get; } = new long[format.Cells.Count];

    public bool[] Present { get; } = new bool[format.Cells.Count];

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
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var pointer = JsonPointer.Append(node.Pointer, property.Name);
            var child = node.Child(property.Name);
            if (!seen.Add(property.Name))
                context.Add(pointer, ProblemCodes.DuplicateMember, $"'{ReadLimits.Quote(property.Name)}' appears more than once.");
            else if (child is not null)
                Read(child, property.Value);
            else if (FormatHaving(pointer) is { } other)
                context.Add(pointer, ProblemCodes.OtherFormatMember,
                    $"'{ReadLimits.Quote(property.Name)}' belongs to format {other.Id} here, but the report declares format {format.Id}.");
            else
                context.Add(pointer, ProblemCodes.UnknownMember, $"'{ReadLimits.Quote(property.Name)}' is not a member of format {format.Id} here.");
        }

        foreach (var child in node.Children.Where(c => !c.Optional && !seen.Contains(c.Name)))
            context.Add(child.Pointer, ProblemCodes.MissingMember, $"'{child.Name}' is required in format {format.Id}.");
    }

    private ReportFormat? FormatHaving(string pointer) =>
        ReportFormats.All.FirstOrDefault(f => f != format && f.FindNode(pointer) is not null);
}

using System.Text.Json;
namespace Disclosure.Domain.Formats;

/// <summary>
/// One member of a report's tables as the contract JSON nests them: an object of <see cref="Children"/>,
/// or a number that is <see cref="Cell"/>. Built from the cells' pointers, so the shape follows the tables.
/// Derived cells are not members of the JSON, so they have no place in the shape.
/// </summary>
public sealed class ShapeNode
{
    private readonly List<ShapeNode> _children = [];

    private ShapeNode(string name, string pointer)
    {
        Name = name;
        EncodedName = JsonEncodedText.Encode(name);
        Utf8Name = System.Text.Encoding.UTF8.GetBytes(name);
        Pointer = pointer;
    }

    public string Name { get; }

    /// <summary>The member name, escaped and encoded for a JSON writer once rather than on every report written.</summary>
    public JsonEncodedText EncodedName { get; }

    /// <summary>The member name in UTF-8, to compare with a document's member names without decoding them.</summary>
    public ReadOnlyMemory<byte> Utf8Name { get; }

    /// <summary>JSON Pointer of the member; "" for the root.</summary>
    public string Pointer { get; }

    /// <summary>The cell this member holds, when it is a number.</summary>
    public Cell? Cell { get; private set; }

    /// <summary>Members in the contract's order.</summary>
    public IReadOnlyList<ShapeNode> Children => _children;

    /// <summary>A member may be left out when every cell below it is an optional total.</summary>
    public bool Optional => Cell?.Optional ?? _children.All(c => c.Optional);

    public ShapeNode? Child(string name) => _children.Find(c => c.Name == name);

    /// <summary>The root of the shape of <paramref name="cells"/> (derived ones left out), with every node reachable by pointer.</summary>
    public static ShapeNode Build(IEnumerable<Cell> cells, out IReadOnlyDictionary<string, ShapeNode> byPointer)
    {
        var root = new ShapeNode("", "");
        var index = new Dictionary<string, ShapeNode>(StringComparer.Ordinal) { [""] = root };
        foreach (var cell in cells.Where(c => !c.Derived))
        {
            var node = root;
            foreach (var segment in cell.Pointer[1..].Split('/'))
            {
                var child = node.Child(segment);
                if (child is null)
                {
                    child = new ShapeNode(segment, $"{node.Pointer}/{segment}");
                    node._children.Add(child);
                    index.Add(child.Pointer, child);
                }
                node = child;
            }
            node.Cell = cell;
        }
        byPointer = index;
        return root;
    }
}

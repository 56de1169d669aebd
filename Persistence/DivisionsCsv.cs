using System.Text;
using Disclosure.Domain.Registry;

namespace Disclosure.Persistence;

/// <summary>
/// Loads the official division list from its four CSV files (provinces, cities, areas, streets; see the
/// folder's README.md). A unit's parent is the unit one level up: township → areaCode, county → cityCode,
/// city → provinceCode. Every parent must be in the list.
/// </summary>
public static class DivisionsCsv
{
    public static DivisionRegistry Load(string folder)
    {
        // The service reads the list at every start: the 45,000 units are read straight into one list of the
        // right size, with no list of records in between.
        var divisions = new List<Division>(45_000);
        Read(folder, "provinces.csv", DivisionLevel.Province, parentColumn: null, divisions);
        Read(folder, "cities.csv", DivisionLevel.City, "provinceCode", divisions);
        Read(folder, "areas.csv", DivisionLevel.County, "cityCode", divisions);
        Read(folder, "streets.csv", DivisionLevel.Township, "areaCode", divisions);

        var registry = new DivisionRegistry(divisions);
        var orphan = divisions.FirstOrDefault(d => d.ParentCode is not null && registry.Find(d.ParentCode) is null);
        if (orphan is not null)
            throw new InvalidDataException($"Division {orphan.Code} {orphan.Name} names parent {orphan.ParentCode}, which is not in the list.");
        return registry;
    }

    private static void Read(string folder, string file, DivisionLevel level, string? parentColumn, List<Division> divisions)
    {
        var path = Path.Combine(folder, file);
        var reader = new CsvReader(File.ReadAllText(path, Encoding.UTF8));
        var fields = new List<string>(8);
        if (!reader.Read(fields))
            throw new InvalidDataException($"{path} is empty.");

        string[] header = [.. fields];
        var code = Column(header, "code", path);
        var name = Column(header, "name", path);
        var parent = parentColumn is null ? -1 : Column(header, parentColumn, path);

        for (var record = 2; reader.Read(fields); record++)
        {
            if (fields.Count != header.Length)
                throw new InvalidDataException($"{path}, record {record}: {fields.Count} fields, the header has {header.Length}.");
            if (!DivisionCode.TryParse(fields[code], out var parsed) || parsed.Level != level)
                throw new InvalidDataException($"{path}, record {record}: code \"{fields[code]}\" is not {DivisionCode.LengthOf(level)} digits.");
            divisions.Add(new Division(fields[code], fields[name], level, parent < 0 ? null : fields[parent]));
        }
    }

    private static int Column(string[] header, string column, string path)
    {
        var index = Array.IndexOf(header, column);
        return index >= 0 ? index : throw new InvalidDataException($"{path} has no column \"{column}\".");
    }
}

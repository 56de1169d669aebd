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
        var divisions = new List<Division>(45_000);
        divisions.AddRange(Read(folder, "provinces.csv", DivisionLevel.Province, parentColumn: null));
        divisions.AddRange(Read(folder, "cities.csv", DivisionLevel.City, "provinceCode"));
        divisions.AddRange(Read(folder, "areas.csv", DivisionLevel.County, "cityCode"));
        divisions.AddRange(Read(folder, "streets.csv", DivisionLevel.Township, "areaCode"));

        var codes = divisions.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var orphan = divisions.FirstOrDefault(d => d.ParentCode is not null && !codes.Contains(d.ParentCode));
        if (orphan is not null)
            throw new InvalidDataException($"Division {orphan.Code} {orphan.Name} names parent {orphan.ParentCode}, which is not in the list.");
        return new DivisionRegistry(divisions);
    }

    private static IEnumerable<Division> Read(string folder, string file, DivisionLevel level, string? parentColumn)
    {
        var path = Path.Combine(folder, file);
        var records = Csv.Parse(File.ReadAllText(path, Encoding.UTF8));
        if (records.Count == 0)
            throw new InvalidDataException($"{path} is empty.");

        var header = records[0];
        var code = Column(header, "code", path);
        var name = Column(header, "name", path);
        var parent = parentColumn is null ? -1 : Column(header, parentColumn, path);
        var length = Division.LengthOf(level);

        for (var line = 1; line < records.Count; line++)
        {
            var record = records[line];
            if (record.Count != header.Count)
                throw new InvalidDataException($"{path}, record {line + 1}: {record.Count} fields, the header has {header.Count}.");
            if (record[code].Length != length || !record[code].All(char.IsAsciiDigit))
                throw new InvalidDataException($"{path}, record {line + 1}: code \"{record[code]}\" is not {length} digits.");
            yield return new Division(record[code], record[name], level, parent < 0 ? null : record[parent]);
        }
    }

    private static int Column(List<string> header, string column, string path)
    {
        var index = header.IndexOf(column);
        return index >= 0 ? index : throw new InvalidDataException($"{path} has no column \"{column}\".");
    }
}

/// <summary>An RFC 4180 reader: comma-separated, fields optionally double-quoted with "" for a quote, CRLF or LF.</summary>
internal static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new InvalidDataException("A quoted CSV field is not closed.");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    throw new InvalidDataException("A quoted CSV field is followed by more than a comma or line end.");
                continue;
            }

            i++;
            switch (c)
            {
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when i < text.Length && text[i] == '\n':
                    break; // the \n ends the record
                case '\r' or '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    if (record is not [""]) records.Add(record); // a blank line is no record
                    record = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }
}

using Disclosure.Domain.Registry;

namespace Disclosure.Persistence.Tests;

public class DivisionsCsvTests
{
    // The Api project copies its Data/divisions/*.csv to its output, and from there to this one.
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Data", "divisions");
    private static readonly Lazy<DivisionRegistry> Registry = new(() => DivisionsCsv.Load(Folder));

    [Fact]
    public void Loads_every_unit_of_the_official_list()
    {
        var registry = Registry.Value;

        Assert.Equal(41352, registry.TownshipCount);
        Assert.Equal(31, registry.TownshipsUnder("").ToArray().Select(d => d.Code[..2]).Distinct().Count());
        Assert.Equal(DivisionLevel.Province, registry.Find("41")!.Level);
        Assert.Equal(DivisionLevel.City, registry.Find("4113")!.Level);
        Assert.Equal(DivisionLevel.County, registry.Find("411328")!.Level);
    }

    [Fact]
    public void Counts_per_level_are_exact()
    {
        var lines = new[] { "provinces.csv", "cities.csv", "areas.csv", "streets.csv" }
            .Select(f => File.ReadLines(Path.Combine(Folder, f)).Count(l => l.Length > 0) - 1);
        var registry = Registry.Value;
        int[] loaded = [.. new[] { "provinces.csv", "cities.csv", "areas.csv", "streets.csv" }
            .Select(f => File.ReadLines(Path.Combine(Folder, f)).Skip(1).Count(l => registry.Find(l[..l.IndexOf(',')]) is not null))];

        Assert.Equal([31, 342, 2978, 41352], lines);
        Assert.Equal([31, 342, 2978, 41352], loaded);
    }

    [Fact]
    public void Tanghe_county_has_its_24_townships_and_shangtun_its_chain()
    {
        var registry = Registry.Value;

        var tanghe = registry.TownshipsUnder("411328").ToArray();
        var shangtun = registry.Find("411328110")!;

        Assert.Equal(24, tanghe.Length);
        Assert.Equal(("411328001", "411328311"), (tanghe[0].Code, tanghe[^1].Code));
        Assert.Equal(new Division("411328110", "上屯镇", DivisionLevel.Township, "411328"), shangtun);
        Assert.Equal(["河南省", "南阳市", "唐河县", "上屯镇"], registry.ChainOf(shangtun).Select(d => d.Name));
        Assert.Equal(["41", "4113", "411328", "411328110"], registry.ChainOf(shangtun).Select(d => d.Code));
    }

    [Fact]
    public void Quoted_fields_follow_rfc_4180()
    {
        var records = ReadAll("code,name\r\n1,\"a, \"\"b\"\"\"\r\n\n2,plain\n3,\"multi\nline\"");

        Assert.Equal(4, records.Count);
        Assert.Equal(["1", "a, \"b\""], records[1]);
        Assert.Equal(["2", "plain"], records[2]);
        Assert.Equal(["3", "multi\nline"], records[3]);
    }

    [Fact]
    public void Empty_fields_lone_carriage_returns_and_a_last_line_without_its_end_are_read()
    {
        var records = ReadAll("a,,\"\"\r1\r\n\r\n2,\"x\"\"\"\n\"\"\n3,");

        Assert.Equal(4, records.Count);
        Assert.Equal(["a", "", ""], records[0]);
        Assert.Equal(["1"], records[1]);
        Assert.Equal(["2", "x\""], records[2]);
        Assert.Equal(["3", ""], records[3]);
    }

    [Theory]
    [InlineData("a,\"open", "A quoted CSV field is not closed.")]
    [InlineData("a,\"quoted\"x\n", "A quoted CSV field is followed by more than a comma or line end.")]
    public void Malformed_quoting_is_refused(string text, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => ReadAll(text));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_code_of_the_wrong_length_names_its_record()
    {
        var folder = TempFolders.New();
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "provinces.csv"), "code,name\n41,\"河南省\"\n4x,\"某省\"\n");

            var error = Assert.Throws<InvalidDataException>(() => DivisionsCsv.Load(folder));

            Assert.Equal($"{Path.Combine(folder, "provinces.csv")}, record 3: code \"4x\" is not 2 digits.", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_unit_whose_parent_is_missing_is_refused()
    {
        var folder = TempFolders.New();
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "provinces.csv"), "code,name\n41,\"河南省\"\n");
            File.WriteAllText(Path.Combine(folder, "cities.csv"), "code,name,provinceCode\n4113,\"南阳市\",41\n");
            File.WriteAllText(Path.Combine(folder, "areas.csv"), "code,name,cityCode,provinceCode\n411328,\"唐河县\",4113,41\n");
            File.WriteAllText(Path.Combine(folder, "streets.csv"), "code,name,areaCode,provinceCode,cityCode\n411329110,\"某镇\",411329,41,4113\n");

            var error = Assert.Throws<InvalidDataException>(() => DivisionsCsv.Load(folder));

            Assert.Equal("Division 411329110 某镇 names parent 411329, which is not in the list.", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string[]> ReadAll(string text)
    {
        var records = new List<string[]>();
        var reader = new CsvReader(text);
        var fields = new List<string>();
        while (reader.Read(fields))
            records.Add([.. fields]);
        return records;
    }
}

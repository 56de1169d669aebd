using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Disclosure.Api.Documents;

/// <summary>
/// The filters PdfPig decodes a PDF's streams with, counted against the limits: a flate stream can expand a
/// thousandfold (a 10 MB PDF to 10 GB), so each one is first inflated into nothing to measure it, and decoded only
/// if it fits, alone and with all decoded before it; and a decoded stream is checked for how deeply it nests
/// (<see cref="PdfNesting"/>) before PdfPig parses it. A stream beyond the limits throws, and <see cref="Refusal"/>
/// stays set in case the parser, reading leniently, carries on without it.
/// </summary>
internal sealed class PdfStreamBudget(DocumentLimits limits) : IFilterProvider
{
    private long decoded;

    public DocumentRefusal? Refusal { get; private set; }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Counted(DefaultFilterProvider.Instance.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Counted(DefaultFilterProvider.Instance.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Counted(DefaultFilterProvider.Instance.GetAllFilters());

    private List<IFilter> Counted(IReadOnlyList<IFilter> filters) => filters.Select(filter => (IFilter)new CountedFilter(filter, this)).ToList();

    private long Room => Math.Min(limits.MaxExpandedBytes, limits.MaxPdfDecodedBytes - decoded);

    private void Spend(long bytes)
    {
        if (bytes > limits.MaxExpandedBytes)
            Refuse(DocumentRefusals.DocumentTooLarge, $"A compressed stream of the PDF expands to more than {limits.MaxExpandedBytes:N0} bytes, the most a document is read to.");
        if ((decoded += bytes) > limits.MaxPdfDecodedBytes)
            Refuse(DocumentRefusals.DocumentTooLarge, $"The PDF's compressed streams expand to more than {limits.MaxPdfDecodedBytes:N0} bytes in all, the most a document is read to.");
    }

    private void Refuse(string code, string detail)
    {
        Refusal ??= new DocumentRefusal(code, detail);
        throw new DocumentRefusedException(Refusal.Code, Refusal.Detail);
    }

    /// <summary>What a flate stream inflates to, counted up to one byte past <paramref name="most"/>, in the way PdfPig reads it (after the two bytes of the zlib header).</summary>
    private static long Inflated(ReadOnlyMemory<byte> input, long most)
    {
        if (input.Length < 2)
            return 0;
        var buffer = new byte[65_536];
        long total = 0;
        try
        {
            using var deflate = new DeflateStream(MemoryBytes.Stream(input[2..]), CompressionMode.Decompress);
            int read;
            while (total <= most && (read = deflate.Read(buffer)) > 0)
                total += read;
        }
        catch (InvalidDataException)
        {
            // Damaged data: what inflated before the damage is what a lenient decoder gets out of it.
        }
        return total;
    }

    private sealed class CountedFilter(IFilter filter, PdfStreamBudget budget) : IFilter
    {
        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (filter is FlateFilter)
                budget.Spend(Inflated(input, budget.Room));
            var output = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            if (filter is not FlateFilter)
                budget.Spend(output.Length);
            if (PdfNesting.InStream(output.Span) is var depth and > PdfNesting.MostLevels)
                budget.Refuse(DocumentRefusals.CorruptDocument,
                    $"A compressed stream of the PDF nests arrays or dictionaries {depth:N0} deep; PDFs nest a few levels, and one this deep is not read.");
            return output;
        }
    }
}

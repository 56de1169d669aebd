using Disclosure.Domain.Formats;
using Disclosure.Domain.Printing;

namespace Disclosure.Domain.Tests.Printing;

public class PrintedHtmlTests
{
    [Fact]
    public void Every_text_is_encoded_and_figures_are_written_exactly()
    {
        var format = ReportFormats.Format2021;
        var sums = new long[format.Cells.Count];
        sums[format.Cell("/proactiveDisclosure/fees/amountWan").Index] = 1_000_001;
        sums[format.Cell("/applications/newlyReceived/naturalPerson").Index] = long.MaxValue;

        var page = PrintedHtml.Write("<甲&乙>", [TableSet.Of(format, 1, 0, sums)]);

        Assert.Contains("<title>&lt;甲&amp;乙&gt;</title>", page);
        Assert.Contains("<h1>&lt;甲&amp;乙&gt;</h1>", page);
        Assert.Contains("<th class=\"label\">行政事业性收费</th><td colspan=\"3\">1.000001</td>", page);
        Assert.Contains("<th class=\"label\" colspan=\"3\">一、本年新收政府信息公开申请数量</th><td>9223372036854775807</td>", page);
        Assert.Contains("<th class=\"label\">3.危及“三安全一稳定”</th>", page);
        Assert.EndsWith("</section>\n</body>\n</html>\n", page);
    }
}

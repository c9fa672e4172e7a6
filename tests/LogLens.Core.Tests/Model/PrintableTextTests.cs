using LogLens.Core.Model;

namespace LogLens.Core.Tests.Model;

public sealed class PrintableTextTests
{
    [Fact]
    public void Control_characters_and_bidi_overrides_become_visible_escapes() =>
        Assert.Equal("\\x1B[31mred\\x07 \\x00\\x0A\\u202Eevil", PrintableText.Escape("\u001b[31mred\u0007 \0\n\u202eevil"));

    [Fact]
    public void Printable_text_is_returned_as_is()
    {
        string text = "名前 café – ok";

        Assert.Same(text, PrintableText.Escape(text));
    }

    [Fact]
    public void A_diagnostic_escapes_its_path_and_message()
    {
        var d = new Diagnostic("LL001", "run\u001b]0;x\u0007/metrics.csv", 3, "step '\u001b[2J' is not a number");

        Assert.Equal(("run\\x1B]0;x\\x07/metrics.csv", "step '\\x1B[2J' is not a number"), (d.Path, d.Message));
    }
}

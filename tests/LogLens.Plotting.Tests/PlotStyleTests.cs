namespace LogLens.Plotting.Tests;

public sealed class PlotStyleTests
{
    [Fact]
    public void Long_labels_are_cut_with_an_ellipsis_to_the_maximum_length()
    {
        string label = new('x', 100);

        string cut = PlotStyle.Truncate(label, PlotStyle.MaxTickLabel);

        Assert.Equal(PlotStyle.MaxTickLabel, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_labels_are_kept_as_they_are()
    {
        Assert.Equal("lr=1e-4", PlotStyle.Truncate("lr=1e-4", PlotStyle.MaxTickLabel));
    }

    [Fact]
    public void Long_titles_wrap_onto_two_lines_at_a_space()
    {
        string title = "LL601 SeedNoiseDominates: config differences on eval/accuracy (digits) are within seed noise";

        string[] lines = PlotStyle.WrapTitle(title).Split('\n');

        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.True(l.Length <= PlotStyle.TitleLine));
    }

    [Fact]
    public void The_chosen_font_covers_every_character_of_a_latin_spec()
    {
        var spec = SampleSpecs.Lines();
        string text = spec.Title + spec.XLabel + spec.YLabel + spec.Note!.Replace("\n", " ", StringComparison.Ordinal);

        string font = PlotStyle.FontFor(spec);

        Assert.Equal(0, ScottPlot.Fonts.CountMissingGlyphs(font, ScottPlot.Fonts.GetStandaloneCodePoints(text)));
    }

    [Fact]
    public void A_long_label_of_parameters_wraps_between_parameters_instead_of_cutting_one_off()
    {
        string label = PlotStyle.TickLabel("learning_rate=0.0001, prompt_template=v2, lora_r=16");

        Assert.Equal("learning_rate=0.0001\nprompt_template=v2, lora_r=16", label);
    }

    [Fact]
    public void A_wrapped_label_keeps_at_most_three_lines_each_within_the_maximum()
    {
        string label = string.Join(", ", Enumerable.Range(0, 12).Select(i => "parameter_" + i + "=" + new string('v', 20)));

        string[] lines = PlotStyle.TickLabel(label).Split('\n');

        Assert.Equal(PlotStyle.MaxTickLines, lines.Length);
        Assert.All(lines, l => Assert.True(l.Length <= PlotStyle.MaxTickLabel, l));
    }

    [Fact]
    public void A_short_tick_label_is_kept_on_one_line() =>
        Assert.Equal("lr=1e-4, r=8", PlotStyle.TickLabel("lr=1e-4, r=8"));

    [Fact]
    public void A_parameter_too_long_for_one_line_breaks_after_its_equals_sign_instead_of_losing_its_value() =>
        Assert.Equal("model_args.pretrained=\nbigscience/bloom-1b1", PlotStyle.TickLabel("model_args.pretrained=bigscience/bloom-1b1"));

    [Fact]
    public void Labels_that_differ_only_at_the_end_stay_distinct_when_shortened()
    {
        string a = PlotStyle.TickLabel("EleutherAI__pythia-evals-bloom-bigscience-bloom-1b1", 24);
        string b = PlotStyle.TickLabel("EleutherAI__pythia-evals-bloom-bigscience-bloom-3b", 24);

        Assert.NotEqual(a, b);
        Assert.EndsWith("bloom-1b1", a, StringComparison.Ordinal);
        Assert.True(a.Length <= 24);
    }
}

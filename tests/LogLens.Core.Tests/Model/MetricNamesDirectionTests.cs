using LogLens.Core.Configuration;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Model;

public sealed class MetricNamesDirectionTests
{
    [Theory]
    [InlineData("eval_wer", false)]
    [InlineData("test/cer", false)]
    [InlineData("word_perplexity", false)]
    [InlineData("val_loss", false)]
    [InlineData("valid_loss", false)]
    [InlineData("eval/loss", false)]
    [InlineData("logloss", false)]
    [InlineData("answer_correctness", true)]
    [InlineData("answer_relevancy", true)]
    [InlineData("eval/accuracy", true)]
    public void Direction_tokens_match_whole_words_when_short(string name, bool higherIsBetter) =>
        Assert.Equal(higherIsBetter, MetricNames.Infer(name).HigherIsBetter);

    [Theory]
    [InlineData("eval_loss")]
    [InlineData("eval/loss")]
    [InlineData("val_loss")]
    [InlineData("valid_loss")]
    [InlineData("validation/loss")]
    public void Every_spelling_of_the_eval_loss_is_an_eval_loss(string name)
    {
        Assert.True(MetricNames.IsEval(name));
        Assert.True(MetricNames.IsLoss(name));
        Assert.Equal(MetricRole.Proxy, MetricNames.Infer(name).Role);
    }
}

using LogLens.Core.Detection.Samples;
using LogLens.Core.Model;

namespace LogLens.Core.Tests.Detection.Samples;

public sealed class PromptAgreementTests
{
    [Fact]
    public void Pairwise_agreement_is_the_unbiased_share_of_agreeing_pairs()
    {
        Sample[] samples = [.. "AAAAABBC".Select((c, i) => new Sample("p", i, c.ToString()))];

        PromptAgreement a = PromptAgreement.Of("p", samples);

        Assert.Equal((20.0 + 2) / 56, a.Agreement, 1e-12);
        Assert.True(a.Unstable);
    }
}

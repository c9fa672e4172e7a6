using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class KendallWTests
{
    private static readonly double[][] ReferenceRanks = [[1, 2, 3, 4], [2, 1, 3, 4], [1, 3, 2, 4]];

    [Fact]
    public void Should_match_the_reference_W_chi_square_and_p()
    {
        KendallWResult r = KendallW.Compute(ReferenceRanks);
        Approx.Equal(0.7777777777777778, r.W);
        Approx.Equal(7.0, r.ChiSquare);
        Approx.Equal(0.07189777249646509, r.P);
        Assert.False(r.PermutationP);
    }

    [Fact]
    public void Should_apply_the_tie_correction()
    {
        // W = 12S/(m²(K³−K) − mΣ(t³−t)) on scipy.stats.rankdata ranks; p = scipy.stats.chi2.sf(chi², 4).
        KendallWResult r = KendallW.Compute([[1, 2, 2, 4, 5], [2, 1, 3, 5, 4], [1, 3, 2, 4, 4]]);
        Approx.Equal(0.8505747126436781, r.W);
        Approx.Equal(10.206896551724137, r.ChiSquare);
        Approx.Equal(0.03708308388679621, r.P);
    }

    [Fact]
    public void Should_not_depend_on_the_score_direction()
    {
        double[][] flipped = ReferenceRanks.Select(row => row.Select(v => -v).ToArray()).ToArray();
        Approx.Equal(KendallW.Compute(ReferenceRanks).W, KendallW.Compute(flipped).W);
    }

    [Fact]
    public void Should_use_a_seeded_permutation_p_for_few_raters()
    {
        KendallWResult a = KendallW.Compute(ReferenceRanks, new Random(1), 500);
        KendallWResult b = KendallW.Compute(ReferenceRanks, new Random(1), 500);
        Assert.True(a.PermutationP);
        Assert.Equal(a, b);
        // Exact permutation p is P(W* ≥ 7/9) over 24³ arrangements; the χ² value 0.072 is close.
        Assert.InRange(a.P, 0.02, 0.12);
    }

    [Fact]
    public void Should_give_W_one_for_perfect_agreement() =>
        Approx.Equal(1, KendallW.Compute([[1, 2, 3], [10, 20, 30], [0.1, 0.2, 0.3]]).W);

    [Fact]
    public void Should_be_undefined_when_every_row_is_constant_or_too_small()
    {
        Assert.False(KendallW.Compute([[1, 1, 1], [2, 2, 2]]).IsDefined);
        Assert.False(KendallW.Compute([[1, 2, 3]]).IsDefined);
        Assert.False(KendallW.Compute([]).IsDefined);
    }

    [Fact]
    public void Should_reject_ragged_rows() =>
        Assert.Throws<ArgumentException>(() => KendallW.Compute([[1, 2, 3], [1, 2]]));
}

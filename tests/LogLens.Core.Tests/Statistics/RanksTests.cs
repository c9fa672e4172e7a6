using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class RanksTests
{
    [Fact]
    public void Should_give_average_ranks_like_scipy_rankdata() =>
        Assert.Equal([4.5, 2.5, 1, 4.5, 2.5], Ranks.Average([12, 2, 1, 12, 2]));

    [Fact]
    public void Should_return_empty_for_empty_input() => Assert.Empty(Ranks.Average([]));

    [Fact]
    public void Should_give_all_ties_the_middle_rank() => Assert.Equal([2.0, 2.0, 2.0], Ranks.Average([7, 7, 7]));

    [Fact]
    public void Should_sum_the_tie_correction_term() => Assert.Equal(6 + 6, Ranks.TieCubeSum([12, 2, 1, 12, 2]));
}

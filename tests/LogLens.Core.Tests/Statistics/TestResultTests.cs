using LogLens.Core.Statistics;

namespace LogLens.Core.Tests.Statistics;

public sealed class TestResultTests
{
    [Fact]
    public void An_undefined_result_is_not_defined() => Assert.False(TestResult.Undefined.IsDefined);
}

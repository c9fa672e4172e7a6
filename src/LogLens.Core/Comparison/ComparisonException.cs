namespace LogLens.Core.Comparison;

/// <summary>
/// A comparison that cannot be made as asked: a malformed selector, a selector that matches no run,
/// selectors that match the same runs, or an unknown metric. The CLI maps it to exit code 2.
/// </summary>
internal sealed class ComparisonException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ComparisonException()
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    public ComparisonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ComparisonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

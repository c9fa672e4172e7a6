namespace LogLens.Core.Reporting.Baselines;

/// <summary>A baseline file that is missing or not a findings.json (the CLI exits 2 with the message).</summary>
public sealed class BaselineException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BaselineException()
    {
    }

    /// <summary>Creates the exception with a message naming the file and the problem.</summary>
    public BaselineException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public BaselineException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

namespace LogLens.Core.Configuration;

/// <summary>An invalid loglens.yaml: a usage error (the CLI exits with code 2 and prints <see cref="Exception.Message"/>).</summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with "path:line: ".</summary>
    public ConfigException(string path, long? line, string reason, Exception? inner = null)
        : base((line is long l ? $"{path}:{l}: " : $"{path}: ") + reason, inner)
    {
        Path = path;
        Line = line;
        Reason = reason;
    }

    /// <summary>Creates the exception without a position.</summary>
    public ConfigException()
        : this("loglens.yaml", null, "invalid configuration")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ConfigException(string message)
        : this("loglens.yaml", null, message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ConfigException(string message, Exception innerException)
        : this("loglens.yaml", null, message, innerException)
    {
    }

    /// <summary>The config file.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the problem, when known.</summary>
    public long? Line { get; }

    /// <summary>The problem without the position.</summary>
    public string Reason { get; }
}

namespace LogLens.Cli;

/// <summary>A problem with how LogLens was called or with its input as a whole: exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

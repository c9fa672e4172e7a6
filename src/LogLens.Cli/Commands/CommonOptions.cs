using System.CommandLine;

namespace LogLens.Cli.Commands;

/// <summary>Arguments and options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Folders of runs (any depth) to read",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<FileInfo?> Config() => new("--config")
    {
        Description = "A loglens.yaml (default: loglens.yaml at the root of the first path, if any)",
    };

    public static Option<int> Seed() => new("--seed")
    {
        Description = "Master seed for bootstrap and permutation tests (same input + seed → identical output)",
        DefaultValueFactory = _ => 0,
    };

    public static Option<DirectoryInfo?> Cache() => new("--cache")
    {
        Description = "Folder of an incremental ingest cache: runs whose files (path, size, mtime) are unchanged are not re-read; unused entries are pruned (use one folder per job)",
    };

    public static Option<string> Format(string defaultValue, string description) => new("--format")
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
    };
}

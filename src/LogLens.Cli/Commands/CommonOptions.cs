using System.CommandLine;
using LogLens.Core.Findings;

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
        Description = "Folder of an incremental ingest cache: runs whose files (path, size, mtime) are unchanged are not re-read; unused entries are pruned "
            + "(use one folder per job)",
    };

    /// <summary>--format, read with <see cref="FormatNames"/> (case-insensitive); <paramref name="names"/> are offered as completions.</summary>
    public static Option<string> Format(string defaultValue, string description, IEnumerable<string> names)
    {
        var option = new Option<string>("--format")
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
        };
        option.CompletionSources.Add([.. names]);
        return option;
    }

    /// <summary>
    /// --fail-on, the one rule analyze and diff exit by: error, warning or never, in any case (ERROR = error); an
    /// unknown level is a usage error naming the three.
    /// </summary>
    public static Option<string> FailOn(string description)
    {
        string[] levels = ["error", "warning", "never"];
        var option = new Option<string>("--fail-on")
        {
            Description = description + ": error, warning or never",
            DefaultValueFactory = _ => "error",
            CustomParser = result =>
            {
                string given = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                string value = given.ToLowerInvariant();
                if (!levels.Contains(value))
                {
                    result.AddError($"--fail-on '{given}' is not a level; choose one of: {string.Join(", ", levels)}");
                }

                return value;
            },
        };
        option.CompletionSources.Add(levels);
        return option;
    }

    /// <summary>The severity --fail-on names (null for never).</summary>
    public static Severity? Threshold(string failOn) => failOn switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => null };
}

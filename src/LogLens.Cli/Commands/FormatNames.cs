namespace LogLens.Cli.Commands;

/// <summary>
/// Reads a --format value: names match case-insensitively (<c>MD,Json</c>) and come back spelled as listed; a value
/// that names nothing (<c>""</c>, <c>" , "</c>) or an unknown name is a <see cref="UsageException"/> listing the valid ones.
/// </summary>
internal static class FormatNames
{
    /// <summary>The distinct names of a comma-separated list, in the order given.</summary>
    public static IReadOnlyList<string> Many(string? value, IReadOnlyList<string> valid)
    {
        string[] given = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (given.Length == 0)
        {
            throw new UsageException($"--format '{value}' names no format; choose one or more of: {string.Join(", ", valid)}");
        }

        return [.. given.Select(name => Find(name, valid)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The one name <paramref name="value"/> gives.</summary>
    public static string One(string? value, IReadOnlyList<string> valid)
    {
        string name = (value ?? "").Trim();
        return name.Length == 0
            ? throw new UsageException($"--format '{value}' names no format; choose one of: {string.Join(", ", valid)}")
            : Find(name, valid);
    }

    private static string Find(string name, IReadOnlyList<string> valid) =>
        valid.FirstOrDefault(v => string.Equals(v, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException($"unknown format '{name}' (available: {string.Join(", ", valid)})");
}

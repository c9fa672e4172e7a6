using System.Reflection;

namespace LogLens.Core;

/// <summary>The tool name and version written into reports and exports.</summary>
internal static class ToolInfo
{
    /// <summary>"loglens".</summary>
    public const string Name = "loglens";

    /// <summary>Core's informational version without the "+commit" suffix, so output does not change per commit.</summary>
    public static string Version { get; } = Clean(typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    private static string Clean(string? version)
    {
        if (string.IsNullOrEmpty(version))
        {
            return "0.0.0";
        }

        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}

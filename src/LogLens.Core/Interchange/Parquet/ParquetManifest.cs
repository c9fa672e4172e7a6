using System.Collections.Immutable;
using System.Text.Json;

namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// loglens-export.json: marks a folder as a LogLens Parquet export; written by the exporter, read by the import layout.
/// Optional for import (tables written by a Spark, DuckDB or Trino job without it are recognised by their names and columns).
/// </summary>
/// <param name="Version">The export format version; this build writes and reads <see cref="CurrentVersion"/>.</param>
/// <param name="ToolVersion">The LogLens version that wrote it.</param>
/// <param name="MaxPoints">The per-series point budget of series.parquet.</param>
/// <param name="Tables">The table files, e.g. "series.parquet".</param>
/// <param name="Config">The copied analysis configuration's file name, or null.</param>
internal sealed record ParquetManifest(int Version, string ToolVersion, int MaxPoints, ImmutableArray<string> Tables, string? Config)
{
    /// <summary>The format version this build writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The manifest's file name in the export folder.</summary>
    public const string FileName = "loglens-export.json";

    /// <summary>The "format" value that identifies the manifest.</summary>
    public const string FormatName = "loglens-export";

    private const string FormatKey = "format";
    private const string VersionKey = "version";
    private const string ToolVersionKey = "tool_version";
    private const string MaxPointsKey = "max_points";
    private const string TablesKey = "tables";
    private const string ConfigKey = "config";

    /// <summary>Writes the manifest as indented JSON (no timestamps: re-exporting gives the same bytes).</summary>
    public void Write(Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString(FormatKey, FormatName);
        json.WriteNumber(VersionKey, Version);
        json.WriteString("tool", ToolInfo.Name);
        json.WriteString(ToolVersionKey, ToolVersion);
        json.WriteNumber(MaxPointsKey, MaxPoints);
        json.WriteString("step_type", "double");
        json.WriteStartArray(TablesKey);
        foreach (string table in Tables)
        {
            json.WriteStringValue(table);
        }

        json.WriteEndArray();
        if (Config is not null)
        {
            json.WriteString(ConfigKey, Config);
        }

        json.WriteEndObject();
    }

    /// <summary>Reads a manifest; null with <paramref name="problem"/> set when it is not one this build can read.</summary>
    public static ParquetManifest? TryRead(string path, out string? problem)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(FormatKey, out JsonElement format)
                || format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
            {
                problem = $"not a LogLens export manifest (no \"{FormatKey}\": \"{FormatName}\")";
                return null;
            }

            int version = root.TryGetProperty(VersionKey, out JsonElement v) && v.TryGetInt32(out int n) ? n : 0;
            if (version != CurrentVersion)
            {
                problem = $"export format version {version}; this LogLens reads version {CurrentVersion}";
                return null;
            }

            problem = null;
            return new ParquetManifest(
                version,
                root.TryGetProperty(ToolVersionKey, out JsonElement tool) && tool.ValueKind == JsonValueKind.String ? tool.GetString()! : "",
                root.TryGetProperty(MaxPointsKey, out JsonElement max) && max.TryGetInt32(out int m) ? m : 0,
                root.TryGetProperty(TablesKey, out JsonElement tables) && tables.ValueKind == JsonValueKind.Array
                    ? [.. tables.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)]
                    : [],
                root.TryGetProperty(ConfigKey, out JsonElement config) && config.ValueKind == JsonValueKind.String ? config.GetString() : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            problem = "unreadable (" + e.Message + ")";
            return null;
        }
    }
}

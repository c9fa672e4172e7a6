using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using LogLens.Core.Findings;

namespace LogLens.Core.Reporting.Baselines;

/// <summary>Reads a previous findings.json (<c>loglens.findings/v1</c>) as a <see cref="Baseline"/>.</summary>
public static class BaselineReader
{
    /// <summary>Reads <paramref name="path"/>; a missing, unreadable or malformed file is a <see cref="BaselineException"/>.</summary>
    public static Baseline Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new BaselineException($"baseline not found: {path} (pass the findings.json of a previous `loglens analyze`)");
        }

        try
        {
            using FileStream stream = File.OpenRead(path);
            using JsonDocument doc = JsonDocument.Parse(stream);
            return new Baseline(path, Parse(doc.RootElement, path));
        }
        catch (JsonException e)
        {
            string line = e.LineNumber is long l ? " at line " + (l + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
            throw new BaselineException($"baseline {path} is not valid JSON{line}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BaselineException($"cannot read baseline {path}: {e.Message}", e);
        }
    }

    /// <summary>Parses the findings of a findings.json document.</summary>
    public static ImmutableArray<BaselineFinding> Parse(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, "the top level is not an object");
        }

        string? schema = root.TryGetProperty("schema", out JsonElement s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        if (schema != Baseline.Schema)
        {
            throw Invalid(path, $"schema is {(schema is null ? "missing" : "'" + schema + "'")}, expected '{Baseline.Schema}'");
        }

        if (!root.TryGetProperty("findings", out JsonElement findings) || findings.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(path, "it has no \"findings\" array");
        }

        var result = new List<BaselineFinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (JsonElement f in findings.EnumerateArray())
        {
            string? id = f.ValueKind == JsonValueKind.Object ? Text(f, "id") : null;
            if (string.IsNullOrEmpty(id))
            {
                throw Invalid(path, $"findings[{index.ToString(CultureInfo.InvariantCulture)}] has no \"id\"");
            }

            if (seen.Add(id))
            {
                result.Add(Finding(f, id));
            }

            index++;
        }

        return [.. result];
    }

    private static BaselineFinding Finding(JsonElement f, string id)
    {
        string code = Text(f, "code") ?? (id.Contains(':', StringComparison.Ordinal) ? id[..id.IndexOf(':', StringComparison.Ordinal)] : id);
        Severity severity = Text(f, "severity") switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => Severity.Info };
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (f.TryGetProperty("subject", out JsonElement subject) && subject.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty p in subject.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                fields[p.Name] = p.Value.GetString()!;
            }
        }

        var parsed = new Subject(
            fields.GetValueOrDefault("run"),
            fields.GetValueOrDefault("config"),
            fields.GetValueOrDefault("metric"),
            fields.GetValueOrDefault("dataset"),
            fields.GetValueOrDefault("slice"),
            fields.GetValueOrDefault("prompt"),
            fields.GetValueOrDefault("path"));
        return new BaselineFinding(id, code, Text(f, "name") ?? string.Empty, severity, parsed, Text(f, "message") ?? string.Empty)
        {
            Suppressed = Text(f, "status") == "suppressed",
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static BaselineException Invalid(string path, string why) =>
        new($"baseline {path} is not a LogLens findings.json: {why}");
}

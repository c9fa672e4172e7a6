using System.Buffers;
using System.Text;
using System.Text.Json;
using LogLens.Core.Findings;
using LogLens.Core.Reporting.Baselines;

namespace LogLens.Core.Reporting.Exporters;

/// <summary>The output of <c>loglens diff</c>: new, resolved and persisting findings, as text, Markdown or JSON.</summary>
internal static class DiffWriter
{
    /// <summary>The JSON schema id.</summary>
    public const string Schema = "loglens.diff/v1";

    private static readonly (string Title, Func<FindingsDiff, IReadOnlyList<BaselineFinding>> Pick)[] Sections =
    [
        ("New", d => d.Added),
        ("Resolved", d => d.Resolved),
        ("Persisting", d => d.Persisting),
    ];

    /// <summary>A terminal listing: counts, then each section's findings (persisting ones only counted).</summary>
    public static void WriteText(FindingsDiff diff, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(w);
        w.WriteLine($"{diff.Old.Path} → {diff.New.Path}: {Counts(diff)}");
        foreach (var (title, pick) in Sections.Take(2))
        {
            IReadOnlyList<BaselineFinding> list = pick(diff);
            if (list.Count == 0)
            {
                continue;
            }

            w.WriteLine();
            w.WriteLine($"{title}:");
            foreach (BaselineFinding f in list)
            {
                w.WriteLine($"  {Level(f),-7} {f.Code} {f.Name}{(f.Suppressed ? " (suppressed)" : string.Empty)}: {OneLine(f.Message)}");
            }
        }
    }

    /// <summary>Markdown for a review comment: a count line and one table per non-empty section.</summary>
    public static void WriteMarkdown(FindingsDiff diff, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(w);
        w.WriteLine("# LogLens findings diff");
        w.WriteLine();
        w.WriteLine($"`{Markdown.Escape(diff.Old.Path)}` → `{Markdown.Escape(diff.New.Path)}`: {Counts(diff)}.");
        foreach (var (title, pick) in Sections)
        {
            IReadOnlyList<BaselineFinding> list = pick(diff);
            if (list.Count == 0)
            {
                continue;
            }

            w.WriteLine();
            w.WriteLine($"## {title} ({list.Count})");
            w.WriteLine();
            w.WriteLine(Markdown.Row("Severity", "Code", "Name", "Message"));
            w.WriteLine(Markdown.Row("---", "---", "---", "---"));
            foreach (BaselineFinding f in list)
            {
                w.WriteLine(
                    Markdown.Row(Level(f) + (f.Suppressed ? " (suppressed)" : string.Empty), f.Code, Markdown.Escape(f.Name),
                        Markdown.Escape(OneLine(f.Message))));
            }
        }
    }

    /// <summary>JSON: the two paths, counts and the three lists (id, code, name, severity, message, suppressed).</summary>
    public static void WriteJson(FindingsDiff diff, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(w);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteString("old", diff.Old.Path);
            json.WriteString("new", diff.New.Path);
            foreach (var (title, pick) in Sections)
            {
                json.WriteStartArray(title.ToLowerInvariant());
                foreach (BaselineFinding f in pick(diff))
                {
                    json.WriteStartObject();
                    json.WriteString("id", f.Id);
                    json.WriteString("code", f.Code);
                    json.WriteString("name", f.Name);
                    json.WriteString("severity", Level(f));
                    json.WriteString("message", f.Message);
                    json.WriteBoolean("suppressed", f.Suppressed);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        w.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static string Counts(FindingsDiff d) => $"{d.Added.Length} new, {d.Resolved.Length} resolved, {d.Persisting.Length} persisting";

    private static string Level(BaselineFinding f) => f.Severity.ToString().ToLowerInvariant();

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}

using System.Globalization;
using System.Text.Json;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.HfTrainer;

/// <summary>
/// Streams a trainer_state.json with <see cref="Utf8JsonReader"/> over partial data, so a file cut off while the
/// Trainer rewrites it still yields every complete log entry (LL002), and a corrupt one everything before the
/// damage (LL001). Bare NaN/Infinity are accepted. Reports on the fragment; never throws for content.
/// </summary>
internal static class TrainerStateParser
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static ParsedState? Parse(string path, RunFragment fragment)
    {
        if (new FileInfo(path).Length > JsonFile.MaxBytes)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, null, $"file is larger than {JsonFile.MaxBytes / (1024 * 1024)} MiB; skipped");
            return null;
        }

        byte[] bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> json = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes;
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            fragment.Report(IngestCodes.PartialFile, path, null, "file is empty (being rewritten by the Trainer?); nothing read");
            return null;
        }

        if (NamedLiterals.MayContain(json))
        {
            var quoted = new byte[NamedLiterals.MaxOutputLength(json.Length)];
            json = quoted.AsSpan(0, NamedLiterals.Quote(json, quoted));
        }

        var state = new ParsedState();
        var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(Options));
        try
        {
            if (reader.Read() && reader.TokenType != JsonTokenType.StartObject)
            {
                fragment.Report(IngestCodes.UnreadableFile, path, 1, "expected a JSON object (trainer state); file skipped");
                return null;
            }

            state.Complete = ReadTopLevel(ref reader, state, path, fragment);
        }
        catch (JsonException e)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, e.LineNumber + 1, string.Create(CultureInfo.InvariantCulture,
                $"not valid JSON ({JsonFile.FirstSentence(e.Message)}); kept the {state.Entries.Count} log entries before it"));
            return state;
        }

        if (!state.Complete)
        {
            fragment.Report(IngestCodes.PartialFile, path, null, string.Create(CultureInfo.InvariantCulture,
                $"file ends mid-record (being rewritten by the Trainer?); read the {state.Entries.Count} complete log entries"));
        }

        if (state.EntriesWithoutStep > 0)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, null, string.Create(CultureInfo.InvariantCulture,
                $"{state.EntriesWithoutStep} log entries have no numeric \"step\"; skipped"));
        }

        return state;
    }

    /// <summary>Reads the object's properties; false when the data ends first.</summary>
    private static bool ReadTopLevel(ref Utf8JsonReader reader, ParsedState state, string path, RunFragment fragment)
    {
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }

            string name = reader.GetString() ?? "";
            if (!reader.Read())
            {
                return false;
            }

            bool complete = name switch
            {
                "log_history" when reader.TokenType == JsonTokenType.StartArray => LogHistory.Read(ref reader, state),
                "log_history" => Mismatch(ref reader, path, fragment, "log_history is not a list; skipped"),
                "trial_params" when reader.TokenType == JsonTokenType.StartObject => TrialParams(ref reader, state),
                _ when StateFields.IsParam(name) => StateFields.Read(ref reader, name, state),
                _ => reader.TrySkip(),
            };
            if (!complete)
            {
                return false;
            }
        }

        return false;
    }

    private static bool TrialParams(ref Utf8JsonReader reader, ParsedState state)
    {
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }

            string key = reader.GetString() ?? "";
            if (!reader.Read() || !StateFields.Read(ref reader, key, state))
            {
                return false;
            }
        }

        return false;
    }

    private static bool Mismatch(ref Utf8JsonReader reader, string path, RunFragment fragment, string message)
    {
        fragment.Report(IngestCodes.UnreadableFile, path, null, message);
        return reader.TrySkip();
    }
}

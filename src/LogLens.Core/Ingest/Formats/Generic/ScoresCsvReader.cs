using CsvHelper;
using LogLens.Core.Ingest.Csv;
using LogLens.Core.Ingest.Text;
using LogLens.Core.Model;

namespace LogLens.Core.Ingest.Formats.Generic;

/// <summary>scores.csv, long: dataset,metric,value[,n][,stderr] (final evaluation per dataset).</summary>
internal sealed class ScoresCsvReader : IRunFileReader
{
    /// <summary>The instance.</summary>
    public static readonly ScoresCsvReader Default = new();

    private ScoresCsvReader()
    {
    }

    /// <inheritdoc/>
    public string Format => "generic";

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        using CsvReader reader = CsvReader.FromFile(path, CsvOptions.Default);
        int dataset = IndexOf(reader.Headers, "dataset");
        int metric = IndexOf(reader.Headers, "metric");
        int value = IndexOf(reader.Headers, "value");
        int n = IndexOf(reader.Headers, "n");
        int stderr = IndexOf(reader.Headers, "stderr");
        if (metric < 0 || value < 0)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, 1,
                "header must name at least 'metric' and 'value' (dataset,metric,value[,n][,stderr]); file skipped");
            return;
        }

        try
        {
            while (reader.Read())
            {
                long line = reader.LineNumber;
                string name = reader.GetString(metric).Trim();
                string text = reader.GetString(value);
                if (name.Length == 0 || !FloatText.TryParse(text, out double v))
                {
                    fragment.Report(IngestCodes.UnreadableFile, path, line, name.Length == 0
                        ? "empty metric name; row skipped"
                        : $"value '{JsonValues.Truncate(text)}' is not a number; row skipped");
                    continue;
                }

                string set = dataset >= 0 && !reader.IsEmpty(dataset) ? reader.GetString(dataset).Trim() : RunSet.DefaultDataset;
                fragment.AddScore(
                    new Score(set, name, v, ScoreCount.From(Optional(reader, n, path, line, fragment)), Optional(reader, stderr, path, line, fragment)));
            }
        }
        catch (CsvFormatException e)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, e.LineNumber > 0 ? e.LineNumber : null, "malformed CSV (" + e.Message + "); rows before it kept");
        }
    }

    private static double? Optional(CsvReader reader, int column, string path, long line, RunFragment fragment)
    {
        if (column < 0 || reader.IsEmpty(column))
        {
            return null;
        }

        string text = reader.GetString(column);
        if (FloatText.TryParse(text, out double parsed))
        {
            return parsed;
        }

        fragment.Report(IngestCodes.UnreadableFile, path, line,
            $"'{JsonValues.Truncate(text)}' in column '{reader.Headers[column]}' is not a number; left empty");
        return null;
    }

    private static int IndexOf(IReadOnlyList<string> headers, string name)
    {
        for (int i = 0; i < headers.Count; i++)
        {
            if (headers[i].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}

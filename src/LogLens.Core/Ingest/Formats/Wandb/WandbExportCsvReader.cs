using CsvHelper;
using LogLens.Core.Ingest.Csv;
using LogLens.Core.Ingest.Memory;
using LogLens.Core.Ingest.Text;

namespace LogLens.Core.Ingest.Formats.Wandb;

/// <summary>
/// Reads one run's columns from a W&amp;B panel-export CSV: the first column is the x axis (Step, or e.g. epoch),
/// each <c>"&lt;run&gt; - &lt;metric&gt;"</c> column a series; <c>__MIN</c>/<c>__MAX</c> columns and blank cells are skipped.
/// One immutable instance per run name (<see cref="For"/>).
/// </summary>
internal sealed class WandbExportCsvReader : IRunFileReader
{
    /// <summary>The format of panel exports.</summary>
    public const string FormatName = "wandb-export";

    private WandbExportCsvReader(string run) => Run = run;

    /// <summary>The run whose columns this reader takes.</summary>
    public string Run { get; }

    /// <inheritdoc/>
    public string Format => FormatName;

    /// <summary>A reader of <paramref name="run"/>'s columns.</summary>
    public static WandbExportCsvReader For(string run) => new(run);

    /// <inheritdoc/>
    public void Read(string path, RunFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        using CsvReader reader = CsvReader.FromFile(path, CsvOptions.Default);
        IReadOnlyList<string> headers = reader.Headers;
        var columns = new SeriesBuilder?[headers.Count];
        for (int i = 1; i < headers.Count; i++)
        {
            if (WandbExportColumns.TrySplit(headers[i], out string run, out string metric) && run == Run)
            {
                columns[i] = fragment.Series(metric);
            }
        }

        bool resumed = false;
        try
        {
            while (reader.Read())
            {
                long line = reader.LineNumber;
                if (reader.FieldCount == 0 || reader.IsEmpty(0) || !FloatText.TryParse(reader.GetString(0), out double step) || double.IsNaN(step))
                {
                    fragment.Report(IngestCodes.UnreadableFile, path, line,
                        $"x value '{(reader.FieldCount > 0 ? JsonValues.Truncate(reader.GetString(0)) : "")}' is not a number; row skipped");
                    continue;
                }

                int n = Math.Min(reader.FieldCount, columns.Length);
                for (int i = 1; i < n; i++)
                {
                    if (columns[i] is not { } series || reader.IsEmpty(i))
                    {
                        continue;
                    }

                    string text = reader.GetString(i);
                    if (FloatText.TryParse(text, out double value))
                    {
                        if (series.Add(step, value) && !resumed)
                        {
                            resumed = true;
                            fragment.Report(IngestCodes.ResumedSteps, path, line,
                                $"'{series.Name}' goes back to x = {step.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"
                                + $"; the later rows win");
                        }
                    }
                    else
                    {
                        fragment.Report(IngestCodes.UnreadableFile, path, line,
                            $"'{JsonValues.Truncate(text)}' in column '{headers[i]}' is not a number; cell skipped");
                    }
                }
            }
        }
        catch (CsvFormatException e)
        {
            fragment.Report(IngestCodes.UnreadableFile, path, e.LineNumber > 0 ? e.LineNumber : null, "malformed CSV (" + e.Message + "); rows before it kept");
        }
    }
}

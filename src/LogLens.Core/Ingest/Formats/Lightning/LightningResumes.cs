using System.Globalization;

namespace LogLens.Core.Ingest.Formats.Lightning;

/// <summary>Counts the rows whose step repeats or goes back in one file, for a single LL005 at the end.</summary>
internal sealed class LightningResumes
{
    private long lastLine = -1;
    private int rows;
    private long firstLine;
    private double firstStep;

    public void Add(long line, double step)
    {
        if (line == lastLine)
        {
            return;
        }

        if (rows++ == 0)
        {
            firstLine = line;
            firstStep = step;
        }

        lastLine = line;
    }

    public void Report(string path, RunFragment fragment)
    {
        if (rows > 0)
        {
            fragment.Report(IngestCodes.ResumedSteps, path, firstLine, string.Create(CultureInfo.InvariantCulture,
                $"step {firstStep} repeats or goes back ({rows} row(s) in all: resume/restart?); the later rows win"));
        }
    }
}

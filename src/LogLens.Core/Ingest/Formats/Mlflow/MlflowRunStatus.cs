namespace LogLens.Core.Ingest.Formats.Mlflow;

/// <summary>MLflow's RunStatus: meta.yaml stores the enum number (1 RUNNING ... 5 KILLED); a missing status means RUNNING.</summary>
internal static class MlflowRunStatus
{
    public const string Running = "RUNNING";

    private static readonly string[] Names = ["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"];

    /// <summary>The status name for a meta.yaml value: a number 1–5, a name, or null (RUNNING); other text is kept upper-cased.</summary>
    public static string Name(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Running;
        }

        string text = value.Trim();
        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int number))
        {
            return number >= 1 && number <= Names.Length ? Names[number - 1] : text;
        }

        return text.ToUpperInvariant();
    }
}

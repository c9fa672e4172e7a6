namespace LogLens.Core.Interchange.Parquet;

/// <summary>
/// samples.parquet: one row per repeated sample: run_id, prompt_id, index, output, and the optional score, correct,
/// dataset, slice, expected, expect and refused (as in samples.jsonl).
/// </summary>
internal static class SamplesTable
{
    /// <summary>The table name.</summary>
    public const string Name = "samples";

    /// <summary>The run id.</summary>
    public static TableColumn RunId => TableColumn.RunId;

    /// <summary>The prompt the sample answers.</summary>
    public static TableColumn PromptId { get; } = TableColumn.Text("prompt_id");

    /// <summary>The sample's index for its prompt; optional on read (missing or null: the prompt's next index).</summary>
    public static TableColumn Index { get; } = TableColumn.Value<long>("index").Optional();

    /// <summary>The generated output.</summary>
    public static TableColumn Output { get; } = TableColumn.Text("output");

    /// <summary>The sample's score.</summary>
    public static TableColumn Score { get; } = TableColumn.NullableValue<double>("score");

    /// <summary>Whether the sample is correct.</summary>
    public static TableColumn Correct { get; } = TableColumn.NullableValue<bool>("correct");

    /// <summary>The dataset.</summary>
    public static TableColumn Dataset { get; } = TableColumn.NullableText(ColumnNames.Dataset);

    /// <summary>The slice (e.g. edge, rare class).</summary>
    public static TableColumn Slice { get; } = TableColumn.NullableText("slice");

    /// <summary>The reference answer.</summary>
    public static TableColumn Expected { get; } = TableColumn.NullableText("expected");

    /// <summary>What the model should do with the prompt (e.g. answer or refuse).</summary>
    public static TableColumn Expect { get; } = TableColumn.NullableText("expect");

    /// <summary>Whether the model refused.</summary>
    public static TableColumn Refused { get; } = TableColumn.NullableValue<bool>("refused");

    /// <summary>The table's schema.</summary>
    public static TableSchema Schema { get; } =
        new(Name, [RunId, PromptId, Index, Output, Score, Correct, Dataset, Slice, Expected, Expect, Refused]);
}

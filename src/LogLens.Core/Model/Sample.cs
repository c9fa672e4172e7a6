namespace LogLens.Core.Model;

/// <summary>One of several sampled outputs for a prompt (repeated-sample logs).</summary>
public sealed record Sample(
    string PromptId,
    int Index,
    string Output,
    double? Score = null,
    bool? Correct = null,
    string? Dataset = null,
    string? Slice = null,
    string? Expected = null,
    string? Expect = null,
    bool? Refused = null);

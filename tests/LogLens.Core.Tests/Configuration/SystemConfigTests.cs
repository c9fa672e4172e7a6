using System.Collections.Immutable;
using LogLens.Core.Configuration;
using LogLens.Core.Tests.Ingest;

namespace LogLens.Core.Tests.Configuration;

/// <summary>loglens.yaml's refusal pattern, parameter groups and system thresholds, and their name-based defaults.</summary>
public sealed class SystemConfigTests
{
    [Fact]
    public void A_configured_refusal_pattern_replaces_the_default()
    {
        using var dir = new TempFolder();
        LogLensConfig config = LogLensConfigLoader.Load(dir.Write("loglens.yaml", "refusal_pattern: '(?i)^REFUSED'\n"));
        Assert.Equal("(?i)^REFUSED", config.RefusalPattern);
    }

    [Fact]
    public void An_invalid_refusal_pattern_is_an_error_with_its_line()
    {
        using var dir = new TempFolder();
        var e = Assert.Throws<ConfigException>(() => LogLensConfigLoader.Load(dir.Write("loglens.yaml", "seed_keys: [seed]\nrefusal_pattern: '(unclosed'\n")));
        Assert.Equal((2L, true), (e.Line, e.Reason.Contains("not a valid regular expression", StringComparison.Ordinal)));
    }

    [Fact]
    public void System_thresholds_load_and_must_be_proportions()
    {
        using var dir = new TempFolder();
        LogLensConfig config = LogLensConfigLoader.Load(dir.Write("loglens.yaml", "thresholds: {rule_tolerance: 0.02, confident_agreement: 0.9}\n"));
        Assert.Equal((0.02, 0.9), (config.Thresholds.RuleTolerance, config.Thresholds.ConfidentAgreement));
        var e = Assert.Throws<ConfigException>(() => LogLensConfigLoader.Load(dir.Write("bad.yaml", "thresholds: {confident_agreement: 1.5}\n")));
        Assert.Contains("between 0 and 1", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_tolerate_no_rule_violation_and_ask_for_80_percent_agreement()
    {
        Assert.Equal((0.0, 0.8), (LogLensConfig.Default.Thresholds.RuleTolerance, LogLensConfig.Default.Thresholds.ConfidentAgreement));
    }

    [Theory]
    [InlineData("I'm sorry, but I can't help with that request.")]
    [InlineData("I cannot provide medical dosing advice.")]
    [InlineData("As an AI, I won't do that.")]
    [InlineData("Let me transfer you to a human agent.")]
    [InlineData("Please consult a lawyer about this contract.")]
    [InlineData("I AM UNABLE TO PROCESS REFUNDS ABOVE 500 EUR.")]
    public void The_default_pattern_recognises_refusals_and_hand_overs(string output)
    {
        Assert.True(RefusalPattern.IsRefusal(RefusalPattern.Compile(RefusalPattern.Default), output));
    }

    [Theory]
    [InlineData("Your refund of 40 EUR has been approved.")]
    [InlineData("The capital of France is Paris.")]
    [InlineData("You can cancel the order in the app under Orders.")]
    public void The_default_pattern_leaves_ordinary_answers_alone(string output)
    {
        Assert.False(RefusalPattern.IsRefusal(RefusalPattern.Compile(RefusalPattern.Default), output));
    }

    [Fact]
    public void A_catastrophically_backtracking_pattern_times_out_as_undecided_instead_of_hanging()
    {
        var evil = RefusalPattern.Compile("^(a+)+$");
        Assert.Null(RefusalPattern.IsRefusal(evil, new string('a', 3000) + "!"));
    }

    [Theory]
    [InlineData("top_k", ParameterGroupNames.Retrieval)]
    [InlineData("chunk_size", ParameterGroupNames.Retrieval)]
    [InlineData("rag.chunk_overlap", ParameterGroupNames.Retrieval)]
    [InlineData("retriever", ParameterGroupNames.Retrieval)]
    [InlineData("temperature", ParameterGroupNames.Generation)]
    [InlineData("generation.top_k", ParameterGroupNames.Generation)]
    [InlineData("top_p", ParameterGroupNames.Generation)]
    [InlineData("learning_rate", ParameterGroupNames.Training)]
    [InlineData("lora_r", ParameterGroupNames.Training)]
    [InlineData("prompt_style", null)]
    public void Parameter_groups_are_inferred_from_names(string key, string? expected)
    {
        Assert.Equal(expected, LogLensConfig.Default.GroupOf(key));
    }

    [Fact]
    public void Configured_parameter_groups_win_over_the_names()
    {
        var config = LogLensConfig.Default with
        {
            ParameterGroups = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [
                new KeyValuePair<string, ImmutableArray<string>>("generation", ["top_k"]),
                new KeyValuePair<string, ImmutableArray<string>>("retrieval", ["index_*"])]),
        };
        Assert.Equal(("generation", "retrieval", "generation"), (config.GroupOf("top_k"), config.GroupOf("index_version"), config.GroupOf("temperature")));
    }
}

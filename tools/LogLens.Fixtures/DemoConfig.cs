namespace LogLens.Fixtures;

/// <summary>The demo folder's loglens.yaml and README.</summary>
internal static class DemoConfig
{
    public const string Yaml = """
        # Metric roles for the demo sweeps (without this file LogLens infers them and says so: LL003).
        metrics:
          train/loss: {role: proxy, direction: lower}
          eval/loss: {role: proxy, direction: lower}
          eval/task_success: {role: business, direction: higher}
          accuracy: {role: business, direction: higher}
        seed_keys: [seed]
        dataset_key: dataset

        """;

    /// <summary>The roles of the support-bot sweep alone (a loglens.yaml naming metrics no run logs is LL007).</summary>
    public const string SupportBotYaml = """
        # Metric roles for the support-bot sweep (without this file LogLens infers them and says so: LL003).
        metrics:
          train/loss: {role: proxy, direction: lower}
          eval/loss: {role: proxy, direction: lower}
          eval/task_success: {role: business, direction: higher}
        seed_keys: [seed]
        dataset_key: dataset

        """;

    /// <summary>The roles of the multi-domain sweep alone.</summary>
    public const string MultiDomainYaml = """
        # Metric roles for the multi-domain sweep (without this file LogLens infers them and says so: LL003).
        metrics:
          accuracy: {role: business, direction: higher}
        seed_keys: [seed]
        dataset_key: dataset

        """;

    public const string Readme = """
        # LogLens demo runs (generated — do not edit)

        Regenerate with `dotnet run --project tools/LogLens.Fixtures -- demo fixtures/demo`.

        - `support-bot/`: LoRA sweep, 6 configs × 3 seeds, train/eval loss and task success per checkpoint.
          Planted: eval loss anti-correlated with task success across configs (LL303, LL304), loss falling
          while task success sags for lr=3e-5, r=8 (LL301), overfitting for lr=1e-4, r=16 (LL103), an Inf
          loss from an fp16 overflow in lr=1e-4, r=8, seed 3 (LL101); the checkpoint picked by eval loss losing task
          success (LL304).
        - `multi-domain/`: 4 configs × 5 seeds scored on four domains. Planted: a gain on billing/refunds
          that reverses on legal (LL604), domains ranking configs differently (LL605), and shipping
          where every config is within seed noise, measured precisely enough (seed SD 0.002) to exclude a
          difference of 0.01 (LL601, LL602); LL607 says how many seeds the other comparisons would need.

        """;
}

using System.Collections.Immutable;

namespace LogLens.Core.Configuration;

/// <summary>
/// Which group a hyperparameter belongs to (retrieval, generation, training): loglens.yaml's
/// <c>parameter_groups</c> first, then name conventions. The RAG detectors (LL501–LL503) compare the groups.
/// </summary>
internal static class ParameterGroupNames
{
    /// <summary>Retrieval parameters: top-k, chunking, retriever, reranker, embeddings.</summary>
    public const string Retrieval = "retrieval";

    /// <summary>Generation (decoding) parameters: temperature, top-p, max tokens, penalties.</summary>
    public const string Generation = "generation";

    /// <summary>Training parameters: learning rate, epochs, batch size, LoRA rank.</summary>
    public const string Training = "training";

    private static readonly string[] RetrievalPrefixes = ["retrieval", "retriever", "rag", "index", "chunking", "embedding", "search"];
    private static readonly string[] GenerationPrefixes = ["generation", "generation_config", "gen", "sampling", "decoding", "generate", "inference"];
    private static readonly string[] TrainingPrefixes = ["training", "train", "trainer", "optimizer", "optim", "lora", "peft", "scheduler"];

    private static readonly string[] RetrievalLeaves =
    [
        "top_k", "topk", "k", "n_docs", "num_docs", "num_chunks", "n_chunks", "num_passages", "chunk_size", "chunk_overlap",
        "chunker", "chunking", "chunk_strategy", "retriever", "retriever_type", "embedding_model", "embedder", "embeddings",
        "reranker", "rerank", "rerank_top_n", "similarity_threshold", "score_threshold", "search_type", "hybrid_alpha", "bm25_weight", "mmr",
    ];

    private static readonly string[] GenerationLeaves =
    [
        "temperature", "top_p", "typical_p", "min_p", "max_new_tokens", "max_tokens", "max_length", "repetition_penalty",
        "frequency_penalty", "presence_penalty", "num_beams", "do_sample", "length_penalty", "prompt_template", "system_prompt",
    ];

    private static readonly string[] TrainingLeaves =
    [
        "learning_rate", "lr", "epochs", "num_train_epochs", "batch_size", "per_device_train_batch_size", "gradient_accumulation_steps",
        "weight_decay", "warmup_steps", "warmup_ratio", "lora_r", "lora_alpha", "lora_dropout", "r", "max_steps", "optimizer",
        "lr_scheduler_type", "scheduler", "dropout", "label_smoothing", "max_grad_norm",
    ];

    /// <summary>The group of <paramref name="key"/>: a configured group that lists it ('*' wildcards), else <see cref="Infer"/>.</summary>
    public static string? GroupOf(string key, ImmutableSortedDictionary<string, ImmutableArray<string>> configured)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(configured);
        foreach ((string group, ImmutableArray<string> patterns) in configured)
        {
            if (LogLensConfig.Matches(key, patterns))
            {
                return group;
            }
        }

        return Infer(key);
    }

    /// <summary>The group inferred from the name alone (a prefix such as "retrieval." or "generation." wins over the leaf); null when unknown.</summary>
    public static string? Infer(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string lower = key.ToLowerInvariant();
        int cut = lower.IndexOfAny(['.', '/']);
        if (cut > 0)
        {
            string prefix = lower[..cut];
            if (RetrievalPrefixes.Contains(prefix)) return Retrieval;
            if (GenerationPrefixes.Contains(prefix)) return Generation;
            if (TrainingPrefixes.Contains(prefix)) return Training;
        }

        string leaf = lower[(lower.LastIndexOfAny(['.', '/']) + 1)..];
        if (leaf.StartsWith("gen_", StringComparison.Ordinal) || leaf.StartsWith("sampling_", StringComparison.Ordinal) || GenerationLeaves.Contains(leaf))
        {
            return Generation;
        }

        // Exact names only: a substring would put "max_position_embeddings" (a model dimension) among retrieval parameters.
        if (RetrievalLeaves.Contains(leaf))
        {
            return Retrieval;
        }

        return TrainingLeaves.Contains(leaf) || leaf.StartsWith("lora_", StringComparison.Ordinal) || leaf.StartsWith("warmup", StringComparison.Ordinal)
            ? Training
            : null;
    }
}

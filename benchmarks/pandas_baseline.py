#!/usr/bin/env python3
"""The pandas + scipy baseline LogLens is compared with (issue 6).

It does only the minimum a hand-written script would: read every run's params.json and metrics.csv
(generic layout), take each run's final and best value of every metric, group runs by config (params minus
seed and dataset) and run one one-way ANOVA per dataset and metric on the final values. No plots, no
detectors, no report: it is a lower bound on what a script would cost, not a re-implementation of LogLens.

Usage: python3 benchmarks/pandas_baseline.py FOLDER [--print]
"""
import json
import os
import sys
import warnings

import pandas as pd
from scipy import stats

warnings.simplefilter("ignore")  # constant metrics (learning_rate) make scipy warn per ANOVA

IGNORED = {"seed", "dataset"}
LOWER_IS_BETTER = ("loss", "perplexity", "grad_norm", "learning_rate")


def runs(root):
    for folder, _, files in os.walk(root):
        if "metrics.csv" in files:
            yield folder


def read_run(folder):
    params = {}
    if os.path.exists(os.path.join(folder, "params.json")):
        with open(os.path.join(folder, "params.json"), encoding="utf-8") as f:
            params = json.load(f)
    frame = pd.read_csv(os.path.join(folder, "metrics.csv"))
    rows = []
    for metric in frame.columns:
        if metric == "step":
            continue
        series = frame[metric].dropna()
        if series.empty:
            continue
        lower = any(word in metric for word in LOWER_IS_BETTER)
        best = series.min() if lower else series.max()
        rows.append((metric, float(series.iloc[-1]), float(best)))
    config = json.dumps({k: v for k, v in sorted(params.items()) if k not in IGNORED}, sort_keys=True)
    return params.get("dataset", ""), config, rows


def main():
    root = sys.argv[1]
    records = []
    for folder in sorted(runs(root)):
        dataset, config, rows = read_run(folder)
        for metric, final, best in rows:
            records.append((folder, dataset, config, metric, final, best))
    table = pd.DataFrame.from_records(records, columns=["run", "dataset", "config", "metric", "final", "best"])
    results = []
    for (dataset, metric), group in table.groupby(["dataset", "metric"]):
        samples = [g["final"].to_numpy() for _, g in group.groupby("config")]
        samples = [s for s in samples if len(s) > 0]
        if len(samples) < 2:
            continue
        f, p = stats.f_oneway(*samples)
        results.append((dataset, metric, len(samples), float(f), float(p)))
    if "--print" in sys.argv:
        for dataset, metric, k, f, p in results:
            print(f"{dataset}\t{metric}\tk={k}\tF={f:.4g}\tp={p:.4g}")
    print(f"{table['run'].nunique()} runs, {len(results)} ANOVAs", file=sys.stderr)


if __name__ == "__main__":
    main()

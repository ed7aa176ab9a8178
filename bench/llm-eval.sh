#!/usr/bin/env sh
# Drafting evaluation (not a test): drafts every *.txt report of a folder with the llm engine through any
# OpenAI-compatible endpoint and with the extractive engine, and prints per draft house errors and warnings,
# grounding findings by kind (OZD101 unsupported, OZD102 surer than the source, OZD103 attribution dropped),
# sections left as placeholders, latency and tokens; then totals per engine. See docs/drafting.md.
# Usage:
#   OZD_LLM_URL=http://127.0.0.1:11434/v1 OZD_LLM_MODEL=qwen2.5:7b bench/llm-eval.sh [REPORT_DIR]
# The key, if the endpoint needs one, comes from OZD_LLM_API_KEY (never printed). Default REPORT_DIR: the
# reports written for the tests (ozd-draft/src/test/resources/reports and its quality/ folder).
# OZD_LLM_TIMEOUT (seconds, default 300), OZD_LLM_PROMPTS (a prompt folder), OZD_EVAL_ENGINES ("llm extractive").
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
dir=${1:-}
: "${OZD_LLM_URL:?set OZD_LLM_URL, e.g. http://127.0.0.1:11434/v1}"
: "${OZD_LLM_MODEL:?set OZD_LLM_MODEL, e.g. qwen2.5:7b}"
(cd "$root" && ./mvnw -q -B -ntp -DskipTests -pl ozd-cli -am package >&2)
exec java -Xmx1500m -cp "$root/ozd-cli/target/ozd.jar" \
  "$root/bench/LlmEval.java" "$root" "$dir"

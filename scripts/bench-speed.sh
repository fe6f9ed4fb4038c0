#!/usr/bin/env bash
# Every row of issue 11's speed table, each beside its baseline in the same run:
#   1. `zhengce index` of the 59 city work reports vs a plain Lucene/SmartChineseAnalyzer index (scripts/bench-index.sh)
#   2. search latency p50/p99 at 100k documents, warm, top 10 with facets and passages (org.zhengce.bench.SearchLatency on $SEARCH_INDEX)
#   3. `zhengce extract` of one seed, wall, beside the JVM's own start (`java -version`)
#   4. `zhengce --version`, wall, beside the same
#   5. extract throughput vs bare HanLP segmentation (org.zhengce.bench.ExtractThroughput)
# Usage: scripts/bench-speed.sh [ROUNDS]   (needs ../shared, or ZHENGCE_SHARED)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${ZHENGCE_SHARED:-$here/../shared}"
rounds="${1:-5}"
[ -d "$shared/corpus" ] || { echo "bench-speed: no $shared/corpus (set ZHENGCE_SHARED)" >&2; exit 2; }
cd "$here"
echo "== 1. index: zhengce vs SmartChineseAnalyzer (whole processes, alternately)"
scripts/bench-index.sh "$rounds" | tail -2
cp="cli/target/zhengce.jar:cli/target/test-classes"
if [ -n "${SEARCH_INDEX:-}" ]; then # an index of 100k documents, e.g. the one IndexBenchmark leaves (-Psearch-bench)
  echo "== 2. search latency"
  java -Xmx3g -Dzhengce.shared="$shared" -cp "$cp" org.zhengce.bench.SearchLatency "$SEARCH_INDEX" | tail -3
else
  echo "== 2. search latency: set SEARCH_INDEX to an index of 100k documents (./mvnw -Psearch-bench leaves one)"
fi
./zhengce --version >/dev/null # builds the jar and the start-up archive if needed
seed="$here/examples/004_cde5e523752f718d.txt"
now() { date +%s.%N; }
best() { printf '%s\n' "$@" | sort -g | head -1; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
jvm=(); ver=(); ext=()
for r in $(seq "$((rounds * 2))"); do
  t0=$(now); java -Xshare:auto -version >/dev/null 2>&1; t1=$(now)
  ./zhengce --version >/dev/null; t2=$(now)
  ./zhengce extract "$seed" >/dev/null; t3=$(now)
  jvm+=("$(echo "$t1 - $t0" | bc)"); ver+=("$(echo "$t2 - $t1" | bc)"); ext+=("$(echo "$t3 - $t2" | bc)")
done
echo "== 3/4. start-up, best / median of $((rounds * 2)) runs, alternately"
printf 'java -version (the JVM alone): %.2f s / %.2f s\n' "$(best "${jvm[@]}")" "$(median "${jvm[@]}")"
printf 'zhengce --version:             %.2f s / %.2f s (target <= 0.2 s)\n' "$(best "${ver[@]}")" "$(median "${ver[@]}")"
printf 'zhengce extract (one seed):    %.2f s / %.2f s (target <= 0.6 s)\n' "$(best "${ext[@]}")" "$(median "${ext[@]}")"
echo "== 5. extract throughput vs bare HanLP"
java -Xmx3g -Dzhengce.shared="$shared" -cp "$cp" org.zhengce.bench.ExtractThroughput 10 "$rounds" | tail -1

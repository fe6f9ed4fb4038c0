#!/usr/bin/env bash
# Wall time of `zhengce index` against a plain Lucene index with SmartChineseAnalyzer of the same
# files, whole processes run alternately (issue 11). Usage: scripts/bench-index.sh [ROUNDS] [FOLDER]
# Default folder: the 59 city work reports of ../shared/corpus (ZHENGCE_SHARED to move it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${ZHENGCE_SHARED:-$here/../shared}"
rounds="${1:-5}"
folder="${2:-$shared/corpus/city_gwr_2024}"
[ -d "$folder" ] || { echo "bench-index: no folder $folder (set ZHENGCE_SHARED)" >&2; exit 2; }
(cd "$here" && ./mvnw -q -B -o package -DskipTests && ./mvnw -q -B -o test-compile -pl cli -am)
m2=~/.m2/repository/org/apache/lucene
cp="$here/cli/target/zhengce.jar:$here/cli/target/test-classes:$m2/lucene-analysis-smartcn/9.12.3/lucene-analysis-smartcn-9.12.3.jar:$m2/lucene-analysis-common/9.12.3/lucene-analysis-common-9.12.3.jar"
"$here/zhengce" --version >/dev/null # the start-up archive is made now, not in the first round
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
z=(); s=()
for r in $(seq "$rounds"); do
  rm -rf "$work/z" "$work/s"
  t0=$(now); "$here/zhengce" index --index "$work/z" "$folder" 2>/dev/null; t1=$(now)
  java -cp "$cp" org.zhengce.bench.SmartcnIndex "$work/s" "$folder"; t2=$(now)
  z+=("$(echo "$t1 - $t0" | bc)"); s+=("$(echo "$t2 - $t1" | bc)")
  printf 'round %d: zhengce %.2f s, smartcn %.2f s\n' "$r" "${z[-1]}" "${s[-1]}"
done
best() { printf '%s\n' "$@" | sort -g | head -1; }
bz=$(best "${z[@]}"); bs=$(best "${s[@]}")
# each round's own ratio too: the machine's speed drifts between rounds, less within one
ratios=(); faster=0
for i in "${!z[@]}"; do
  ratios+=("$(echo "${s[$i]} / ${z[$i]}" | bc -l)")
  if (( $(echo "${z[$i]} < ${s[$i]}" | bc) )); then faster=$((faster + 1)); fi
done
med=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
printf 'rounds: zhengce quicker in %d of %d, median of the rounds\x27 ratios %.2f\n' "$faster" "$rounds" "$med"
printf 'best of %d: zhengce %.2f s, smartcn %.2f s, ratio smartcn/zhengce %.2f\n' "$rounds" "$bz" "$bs" "$(echo "$bs / $bz" | bc -l)"

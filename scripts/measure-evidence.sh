#!/usr/bin/env bash
# Evidence import at size: peak resident memory must stay under 64 MiB whatever the file size,
# and throughput is compared with `age -r` + `sha256sum` on the same file, in the same run.
#
#   bash scripts/measure-evidence.sh [SIZE_MIB] [random|zero]
#
# Defaults: 2048 MiB of zeros (a sparse file: only the import's own I/O is measured), which is
# what .ci/run checks. For throughput figures use random data: `... 1024 random`.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mib=${1:-2048}
kind=${2:-zero}
limit_kib=$((64 * 1024))
work=$(mktemp -d "${TMPDIR:-/tmp}/tadamun-evidence-XXXXXX")
trap 'rm -rf "$work"' EXIT

# TADAMUN_BENCH_PROFILE=dev reuses the debug build (its attachment path is optimised): CI checks
# the memory that way without a release build of its own; throughput figures for
# BENCHMARKS.md come from the default, optimised bench profile.
profile=${TADAMUN_BENCH_PROFILE:-bench}
cargo bench --profile "$profile" --bench evidence --no-run --quiet 2>/dev/null
case $profile in
  bench | release) out_dir=release ;;
  dev | test) out_dir=debug ;;
  *) out_dir=$profile ;;
esac
bin=$(ls -t target/$out_dir/deps/evidence-* | grep -v '\.d$' | head -1)

# The import writes an encrypted copy (the size, padded by at most 12 %) and the
# baseline writes another after the bench removed its vault: a machine with less free disk than that measures
# a smaller file and says so. Memory that does not grow with the size is the claim, and a 256 MiB
# file already shows it (the buffers are 64 KiB).
free_mib=$(( $(df -Pk "$work" | awk 'NR == 2 {print $4}') / 1024 ))
while [ "$size_mib" -gt 256 ] && [ $(( size_mib * 5 / 4 + 64 )) -gt "$free_mib" ]; do
  size_mib=$(( size_mib / 2 ))
done
if [ $(( size_mib * 5 / 4 + 64 )) -gt "$free_mib" ]; then
  echo "FAIL: ${free_mib} MiB free in $work: not enough to measure an import" >&2
  exit 1
fi
[ "$size_mib" = "${1:-2048}" ] || echo "note: ${free_mib} MiB free in $work, so the file is ${size_mib} MiB, not ${1:-2048}"

file="$work/evidence.bin"
if [ "$kind" = random ]; then
  head -c "${size_mib}M" /dev/urandom > "$file"
else
  truncate -s "${size_mib}M" "$file"
fi
cat "$file" > /dev/null  # page cache warm for every contender alike

if ! out=$(TADAMUN_BENCH_DIR="$work" /usr/bin/time -v "$bin" "$file" 2> "$work/time.txt"); then
  # The import's own error (or panic) is in the same file as time's report: show it, or CI
  # would say only "exit 101".
  echo "FAIL: the evidence import did not complete:" >&2
  cat "$work/time.txt" >&2
  df -h "$work" >&2 || true
  exit 1
fi
rss_kib=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time.txt")
secs=$(python3 -c "import json,sys; print(round(json.loads(sys.argv[1])['seconds'], 3))" "$out")
tadamun_mibs=$(python3 -c "import json,sys; print(round(json.loads(sys.argv[1])['mib_per_s'], 1))" "$out")

baseline=""
if command -v age > /dev/null && command -v age-keygen > /dev/null; then
  age-keygen -o "$work/key.txt" 2> /dev/null
  recipient=$(age-keygen -y "$work/key.txt")
  start=$(date +%s.%N)
  age -r "$recipient" -o "$work/out.age" "$file"
  sha256sum "$file" > /dev/null
  end=$(date +%s.%N)
  base_secs=$(python3 -c "print(round($end - $start, 3))")
  base_mibs=$(python3 -c "print(round($size_mib / ($end - $start), 1))")
  ratio=$(python3 -c "print(round($tadamun_mibs / $base_mibs, 2))")
  baseline="| age -r + sha256sum (sequential) | ${base_secs} s | ${base_mibs} MiB/s | — |
| ratio (Tadamun / baseline) | | ${ratio}× | |"
fi

echo "| evidence import, ${size_mib} MiB ($kind), $profile profile | time | throughput | peak RSS |"
echo "|---|---|---|---|"
echo "| tadamun (hash + age STREAM in one pass) | ${secs} s | ${tadamun_mibs} MiB/s | $((rss_kib / 1024)) MiB |"
[ -n "$baseline" ] && echo "$baseline"
if [ "$rss_kib" -ge "$limit_kib" ]; then
  echo "FAIL: peak resident memory ${rss_kib} KiB is not under 64 MiB" >&2
  exit 1
fi
echo "peak resident memory ${rss_kib} KiB < 64 MiB: ok"

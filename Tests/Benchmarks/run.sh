#!/bin/sh
# dlquiz benchmarks: each compares dlquiz with a reference program in the same hyperfine run, on the release binary,
# and reports medians and their ratio (these machines are noisy; only same-run ratios mean much).
#
#   Tests/Benchmarks/run.sh            # needs hyperfine, jq and fortune (Debian: hyperfine jq fortune-mod)
#
# 1. dlquiz pick (bundled deck, a 1,000-answer progress file) against fortune picking a fortune. Aim: ratio <= 1.0.
# 2. dlquiz stats on a 10,000-question deck and a 1,000,000-answer progress file against `jq -c .` on the same
#    file. Aim: ratio <= 0.2 and peak resident memory <= 200 MB.
# 3. dlquiz quiz --order due on the same data, up to its first prompt (standard input is /dev/null, so the quiz ends
#    there), against the same jq run.
# The inputs come from the seeded generator in Sources/BenchmarkData, so every run measures the same files.
set -eu
cd "$(dirname "$0")/../.."
for tool in hyperfine jq; do
    command -v "$tool" >/dev/null || { echo "error: $tool is not installed" >&2; exit 1; }
done
fortune=$(command -v fortune || echo /usr/games/fortune)

swift build -c release -Xswiftc -static-executable --product dlquiz >/dev/null
swift build -c release --product BenchmarkData >/dev/null
dlquiz=$(swift build -c release --show-bin-path)/dlquiz
generate=$(swift build -c release --show-bin-path)/BenchmarkData

work=${BENCH_DIR:-$(mktemp -d)}
echo "inputs in $work"
"$generate" deck --questions 10000 --seed 1 > "$work/big-deck.json"
"$generate" progress --questions 10000 --answers 1000000 --seed 1 > "$work/progress.jsonl"
"$generate" progress --answers 1000 --seed 1 --from-deck Resources/deep-learning.json > "$work/small.jsonl"
ls -l "$work"

median() { jq -r ".results[$2].median * 1000 | . * 100 | round / 100" "$1"; }
ratio() { jq -r "(.results[$2].median / .results[$3].median) * 100 | round / 100" "$1"; }

echo
echo "== 1. dlquiz pick vs fortune"
DLQUIZ_PROGRESS="$work/small.jsonl" hyperfine -N --warmup 20 --runs 300 --export-json "$work/pick.json" \
    "$fortune" "$dlquiz pick" >/dev/null
echo "fortune $(median "$work/pick.json" 0) ms, dlquiz pick $(median "$work/pick.json" 1) ms, ratio $(ratio "$work/pick.json" 1 0)"

echo
echo "== 2. dlquiz stats vs jq, 1,000,000 answers"
hyperfine -N --warmup 1 --runs 7 --export-json "$work/stats.json" \
    "jq -c . $work/progress.jsonl" \
    "$dlquiz stats --deck $work/big-deck.json --progress $work/progress.jsonl" >/dev/null
echo "jq $(median "$work/stats.json" 0) ms, dlquiz stats $(median "$work/stats.json" 1) ms, ratio $(ratio "$work/stats.json" 1 0)"
/usr/bin/time -f "dlquiz stats peak resident memory: %M KB" \
    "$dlquiz" stats --deck "$work/big-deck.json" --progress "$work/progress.jsonl" >/dev/null

echo
echo "== 3. dlquiz quiz --order due (to its first prompt) vs jq"
hyperfine -N --warmup 1 --runs 7 --export-json "$work/due.json" \
    "jq -c . $work/progress.jsonl" \
    "$dlquiz quiz --order due --no-save --deck $work/big-deck.json --progress $work/progress.jsonl" </dev/null >/dev/null
echo "jq $(median "$work/due.json" 0) ms, dlquiz quiz --order due $(median "$work/due.json" 1) ms, ratio $(ratio "$work/due.json" 1 0)"
/usr/bin/time -f "dlquiz quiz --order due peak resident memory: %M KB" \
    "$dlquiz" quiz --order due --no-save --deck "$work/big-deck.json" --progress "$work/progress.jsonl" </dev/null >/dev/null

echo
echo "== 4. hostile input: a 50 MB pasted answer and a deck with 1,000,000 unknown keys, against wc -c on the same file"
python3 -c "import sys; sys.stdout.write('a' * 50_000_000 + '\n\nall\n\n')" > "$work/long-line.txt"
python3 -c "
import json, sys
deck = json.load(open('Tests/QuizCLITests/Fixtures/ui-deck.json'))
sys.stdout.write('{' + ','.join('\"k%d\": 1' % i for i in range(1_000_000)) + ',' + json.dumps(deck)[1:])" > "$work/keys.json"
hyperfine -N --warmup 1 --runs 5 -i --export-json "$work/hostile.json" \
    "wc -c $work/long-line.txt" \
    "sh -c '$dlquiz quiz -n 1 --no-save < $work/long-line.txt'" \
    "$dlquiz validate $work/keys.json" >/dev/null
echo "wc -c $(median "$work/hostile.json" 0) ms, 50 MB answer $(median "$work/hostile.json" 1) ms," \
    "validate with 1M unknown keys $(median "$work/hostile.json" 2) ms"

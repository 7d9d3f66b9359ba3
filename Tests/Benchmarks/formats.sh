#!/bin/sh
# Loading a 10,000-question deck as Markdown against the same deck as JSON, in one run of one release binary (the
# generated deck from Sources/BenchmarkData, written in both forms). Aim: ratio <= about 1.
# Then the same through the command: `dlquiz validate` on the deck in both forms, and `dlquiz convert` both ways,
# with hyperfine when it is installed, else a timed loop; medians and the Markdown / JSON ratio.
#
#   Tests/Benchmarks/formats.sh [QUESTIONS] [RUNS]
set -eu
cd "$(dirname "$0")/../.."
questions="${1:-10000}"
runs="${2:-7}"
swift build -c release --product BenchmarkData >/dev/null
swift build -c release --product dlquiz >/dev/null
bin="$(swift build -c release --show-bin-path)"
"$bin/BenchmarkData" formats --questions "$questions" --runs "$runs"

folder="$(mktemp -d)"
trap 'rm -rf "$folder"' EXIT
"$bin/BenchmarkData" deck --questions "$questions" --seed 1 >"$folder/deck.json"
"$bin/dlquiz" convert "$folder/deck.json" "$folder/deck.md" >/dev/null

# The median wall time of a command in milliseconds.
median_ms() {
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$folder/h.json" "$1" >/dev/null 2>&1
        tr -d ' \n' <"$folder/h.json" | sed 's/.*"median":\([0-9.e+-]*\).*/\1/' | awk '{ printf "%.1f", $1 * 1000 }'
    else
        i=0
        : >"$folder/times"
        while [ "$i" -lt "$runs" ]; do
            start=$(date +%s%N)
            $1 >/dev/null
            end=$(date +%s%N)
            echo $(((end - start) / 1000)) >>"$folder/times"
            i=$((i + 1))
        done
        sort -n "$folder/times" | awk '{ t[NR] = $1 } END { printf "%.1f", t[int((NR + 1) / 2)] / 1000 }'
    fi
}

json=$(median_ms "$bin/dlquiz validate $folder/deck.json")
markdown=$(median_ms "$bin/dlquiz validate $folder/deck.md")
to_markdown=$(median_ms "$bin/dlquiz convert $folder/deck.json $folder/out.md")
to_json=$(median_ms "$bin/dlquiz convert $folder/deck.md $folder/out.json")
echo "through the command ($questions questions, median of $runs runs$(command -v hyperfine >/dev/null 2>&1 && echo ', hyperfine')):"
echo "  dlquiz validate deck.json  $json ms"
echo "  dlquiz validate deck.md    $markdown ms"
echo "  ratio Markdown / JSON      $(awk "BEGIN { printf \"%.2f\", $markdown / $json }")"
echo "  dlquiz convert json → md   $to_markdown ms"
echo "  dlquiz convert md → json   $to_json ms"

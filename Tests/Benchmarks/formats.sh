#!/bin/sh
# Loading a 10,000-question deck as Markdown against the same deck as JSON, in one run of one release binary (the
# generated deck from Sources/BenchmarkData, written in both forms). Aim: ratio <= about 1.
#
#   Tests/Benchmarks/formats.sh [QUESTIONS] [RUNS]
set -eu
cd "$(dirname "$0")/../.."
swift build -c release --product BenchmarkData >/dev/null
"$(swift build -c release --show-bin-path)/BenchmarkData" formats --questions "${1:-10000}" --runs "${2:-7}"

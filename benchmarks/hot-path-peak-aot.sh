#!/usr/bin/env bash
# Peak memory and throughput of the stream-enrich handler under Native AOT (the way the bootstrap ships): publishes
# benchmarks/TechShop.HotPathPeak and runs it once in a fresh process. Usage: benchmarks/hot-path-peak-aot.sh [warm-runs]
set -euo pipefail
cd "$(dirname "$0")/.."
out="artifacts/benchmarks/hot-path-peak"
dotnet publish benchmarks/TechShop.HotPathPeak/TechShop.HotPathPeak.csproj -c Release -r linux-x64 -o "$out" -nologo >/dev/null
"$out/TechShop.HotPathPeak" "${1:-20}"

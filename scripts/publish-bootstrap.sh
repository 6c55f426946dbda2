#!/usr/bin/env bash
# Publishes the one Native AOT bootstrap (docs/CONTRACTS.md, "Bootstrap publish") and zips it for Lambda
# (provided.al2023). Usage: scripts/publish-bootstrap.sh [linux-x64|linux-arm64]   (default linux-x64)
# linux-arm64 from an x64 machine needs a cross linker (clang, lld and an aarch64 sysroot); plain gcc stops at the
# link step with "unrecognized command-line option --target=aarch64-linux-gnu". Build it on an arm64 host instead.
set -euo pipefail
cd "$(dirname "$0")/.."

rid="${1:-linux-x64}"
case "$rid" in
  linux-x64|linux-arm64) ;;
  *) echo "Unsupported runtime identifier '$rid': expected linux-x64 or linux-arm64." >&2; exit 2 ;;
esac
command -v zip >/dev/null || { echo "zip is required to package the bootstrap (apt-get install zip)." >&2; exit 1; }

out="artifacts/functions/$rid"
zip_path="artifacts/functions/bootstrap-$rid.zip"
rm -rf "$out" "$zip_path"
dotnet publish functions/TechShop.Functions/TechShop.Functions.csproj -c Release -r "$rid" -o "$out" -nologo

# Lambda runs $LAMBDA_TASK_ROOT/bootstrap, and the folder is the CDK asset: keep only that executable (referenced
# projects' .pdb files are still copied by publish), mode 755, and zip it at the root.
find "$out" -mindepth 1 ! -name bootstrap -delete
chmod 755 "$out/bootstrap"
(cd "$out" && zip -q -9 -X "../$(basename "$zip_path")" bootstrap)

size() { stat -c %s "$1"; }
printf 'bootstrap (%s): %s bytes, zipped %s bytes -> %s\n' "$rid" "$(size "$out/bootstrap")" "$(size "$zip_path")" "$zip_path"

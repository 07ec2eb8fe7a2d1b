#!/usr/bin/env bash
# Runs every test of LegalSearch. On a fresh Debian machine it first installs what the tests need:
# Apertium with the en-es, es-pt and fr-es pairs (query translation), poppler-utils (pdftotext/pdftoppm), Tesseract with the five corpus languages, chromium (browser tests), DejaVu fonts.
# Then it checks the NuGet packages for known vulnerabilities (`dotnet list package --vulnerable --include-transitive`).
# Ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

packages=(apertium apertium-eng-spa apertium-es-pt apertium-fr-es poppler-utils tesseract-ocr tesseract-ocr-spa tesseract-ocr-por tesseract-ocr-fra tesseract-ocr-eng tesseract-ocr-nld chromium fonts-dejavu-core)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing test dependencies: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { echo "could not install ${missing[*]}"; exit 1; }
fi

# Known-vulnerable NuGet packages, direct or transitive, fail the run before any test (needs NuGet access, as the build does).
echo "Checking NuGet packages for known vulnerabilities"
audit=$(dotnet list LegalSearch.sln package --vulnerable --include-transitive 2>&1)
audit_status=$?
echo "$audit" | grep -E "vulnerable|error" | sed 's/^/  /'
if [ $audit_status -ne 0 ] || echo "$audit" | grep -q "has the following vulnerable packages"; then
  echo "$audit"
  echo "0 passed, 1 failed, 0 skipped"
  echo "vulnerable NuGet packages found, or the check could not run (exit $audit_status)" >&2
  exit 1
fi

results=$(mktemp -d)
dotnet test LegalSearch.sln --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}

trx=$(find "$results" -name 'results.trx' | head -n 1)
if [ -z "$trx" ]; then
  echo "0 passed, 1 failed"
  echo "no test results: the build or the test run failed (exit $status)" >&2
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx")
count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
passed=$(count passed); failed=$(count failed); total=$(count total); executed=$(count executed)
errors=$(count error); timeouts=$(count timeout)
failed=$((failed + errors + timeouts))
skipped=$((total - executed))
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

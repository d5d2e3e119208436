#!/bin/sh
# Renders the HTML progress report with headless Chromium (Debian: apt-get install chromium) to a PNG, for a person
# to look at; with a third argument "pdf", also prints it to PDF (print CSS, every States list open).
# Not run by the build or CI.
#
#   scripts/render-report.sh [report.html] [out.png] [pdf]
#
# Default report: target/lap-progress-13MSP.html, as `mvn -q -DskipTests -Dmaven.javadoc.skip=true install exec:java`
# writes it from the repository root.
set -eu
html=${1:-target/lap-progress-13MSP.html}
png=${2:-${html%.html}.png}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "render-report.sh: no chromium on the PATH (Debian: apt-get install -y chromium)" >&2
  exit 2
fi
if [ ! -f "$html" ]; then
  echo "render-report.sh: no report at $html (run the main example first)" >&2
  exit 2
fi
url="file://$(realpath "$html")"
# --no-sandbox: Chromium refuses to run as root otherwise (containers, CI images).
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,5000 \
  --screenshot="$png" "$url" 2>/dev/null
echo "PNG: $png"
if [ "${3:-}" = "pdf" ]; then
  pdf=${png%.png}.pdf
  "$browser" --headless --no-sandbox --disable-gpu --print-to-pdf="$pdf" --no-pdf-header-footer "$url" 2>/dev/null
  echo "PDF: $pdf"
fi

#!/usr/bin/env bash
# Lighthouse 12 (mobile with its default throttling, and desktop) over one page of each kind of the shipped demo
# site, served gzipped as a web server would (bench/gzip-server.js). Needs Node.js and Chromium; Lighthouse is
# installed with npm into the work folder on first use.
#
#   bash bench/lighthouse.sh
#
# Work files go to ${BENCH_DIR:-/tmp/gongkai-bench}/lighthouse; nothing is written inside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/gongkai-bench}/lighthouse
port=${PORT:-8099}
mkdir -p "$work"
[ -x "$work/node_modules/.bin/lighthouse" ] || (cd "$work" && npm i --no-audit --no-fund --silent lighthouse@12)
[ -f generator/target/gongkai.jar ] || mvn -q -DskipTests install
site="$work/site"
bin/gongkai build -q -o "$site"
node bench/gzip-server.js "$site" "$port" & srv=$!
trap 'kill $srv' EXIT
sleep 1
for page in "" plans/wenzhou-2019/ plans/xiamen-cgj-2018/3/ units/wenzhou-xfj/ units/xiamen/ status/overdue/ "search/?q=%E8%B4%A2%E6%94%BF" changes/ 404.html; do
  for preset in mobile desktop; do
    extra=""; [ $preset = desktop ] && extra="--preset=desktop"
    CHROME_PATH=/usr/bin/chromium "$work/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" $extra --quiet \
      --chrome-flags="--headless=new --no-sandbox" --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path=$work/out.json >/dev/null 2>&1 || { echo "$page $preset: lighthouse failed"; continue; }
    node -e '
      const r = require(process.argv[3]); const c = r.categories; const a = r.audits;
      console.log([process.argv[1] || "(home)", process.argv[2], "perf " + Math.round(c.performance.score*100),
        "a11y " + Math.round(c.accessibility.score*100), "bp " + Math.round(c["best-practices"].score*100),
        "seo " + Math.round(c.seo.score*100), "CLS " + a["cumulative-layout-shift"].numericValue.toFixed(3),
        "LCP " + Math.round(a["largest-contentful-paint"].numericValue) + " ms"].join("  "));
      for (const k of ["performance","accessibility","best-practices","seo"]) for (const ref of c[k].auditRefs)
        if (ref.weight > 0 && a[ref.id].score !== null && a[ref.id].score < 1 && k !== "performance") console.log("   fails " + k + ": " + ref.id + " " + a[ref.id].title);
    ' "$page" $preset "$work/out.json"
  done
done

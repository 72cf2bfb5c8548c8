#!/usr/bin/env bash
# What search costs at a size: the synthetic project (bench/SyntheticSite.java) built twice with -v, which says what
# rendering spent on the search index beside the pages, summed over threads (the index's share of the build),
# then the first query of a reader with a cold cache, in Chromium, every file fetched summed gzipped
# (browser-tests' SearchBudgetTest; needs chromium and chromedriver as the browser tests do).
#
#   bash bench/search.sh          # 100k
#   bash bench/search.sh 10k
#
# Work files go to ${BENCH_DIR:-/tmp/gongkai-bench}/search-<size>; nothing is written inside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
size=${1:-100k}
case "$size" in
  1k) shape="20 50 100"; heap=1g ;;
  10k) shape="200 50 1000"; heap=1g ;;
  100k) shape="2000 50 10000"; heap=2g ;;
  *) echo "unknown size $size" >&2; exit 2 ;;
esac
work=${BENCH_DIR:-/tmp/gongkai-bench}/search-$size
[ -f generator/target/gongkai.jar ] || mvn -q -DskipTests install
if [ ! -f "$work/site-config.yml" ]; then
  mkdir -p "$work"
  # shellcheck disable=SC2086
  java bench/SyntheticSite.java "$work" $shape >/dev/null
fi
# Twice: the second build's stage times are those of a build over its own output, as a site is rebuilt.
for i in 1 2; do
  JAVA_OPTS=-Xmx$heap "$root/bin/gongkai" build -v --config "$work/site-config.yml" --output "$work/_site" > "$work/build.txt"
done
grep -E '生成页面|其中|用时' "$work/build.txt" || true
du -sh --apparent-size "$work/_site/search" | sed 's/^/search index on disk: /'
find "$work/_site/search" -type f | wc -l | sed 's/^/search index files: /'
mvn -q -B -ntp verify -Pbrowser -Dgongkai.skipUnitTests=true -pl browser-tests -am \
  -Dtest=SearchBudgetTest -Dsurefire.failIfNoSpecifiedTests=false -Dgongkai.searchSite="$work/_site" 2>&1 \
  | grep -v '^\[INFO\]' | sed -n '/search budget/,$p'

#!/usr/bin/env bash
# What the change record costs: a 10k-task project (bench/SyntheticSite.java) made a git repository with 300 commits
# of 30 task files each (bench/HistoryRepo.java), built with its history and, the same content, without .git;
# medians of RUNS builds each, alternating, over each project's previous output, with --full (a rebuild with nothing
# changed renders nothing, history or not: the cost is in a whole build). Then serve's edit loop with history
# (bench/ServeEdit.java).
#
#   bash bench/history.sh              # RUNS=5
#   RUNS=3 bash bench/history.sh
#
# Work files go to ${BENCH_DIR:-/tmp/gongkai-bench}/history; nothing is written inside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${BENCH_DIR:-/tmp/gongkai-bench}/history
runs=${RUNS:-5}
[ -f generator/target/gongkai.jar ] || mvn -q -DskipTests package
command -v /usr/bin/time >/dev/null || { echo "bench needs /usr/bin/time (apt-get install time)"; exit 2; }

if [ ! -d "$work/git/.git" ]; then
  rm -rf "$work" && mkdir -p "$work"
  java bench/SyntheticSite.java "$work/git" 200 50 1000 >/dev/null
  java -cp generator/target/gongkai.jar bench/HistoryRepo.java "$work/git" 300 30
fi
# The same content at HEAD, without .git.
rm -rf "$work/plain" && mkdir -p "$work/plain"
git -C "$work/git" archive HEAD | tar xf - -C "$work/plain"
for p in git plain; do rm -rf "$work/$p/templates" && cp -r templates "$work/$p/templates"; done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A wall cpu
for p in git plain; do wall[$p]=""; cpu[$p]=""; done
for i in $(seq 0 "$runs"); do
  for p in git plain; do
    /usr/bin/time -o "$work/time.txt" -f "%e %U %S" env JAVA_OPTS=-Xmx1g "$root/bin/gongkai" \
      build --full --config "$work/$p/site-config.yml" --output "$work/$p/_site" > "$work/out-$p.txt"
    read -r e u s < "$work/time.txt"
    # The first run of each only writes the output the others rebuild over.
    if [ "$i" -gt 0 ]; then
      wall[$p]+="$e "; cpu[$p]+="$(awk -v a="$u" -v b="$s" 'BEGIN {print a + b}') "
    fi
  done
done
for p in git plain; do
  w=$(printf '%s\n' ${wall[$p]} | median); c=$(printf '%s\n' ${cpu[$p]} | median)
  printf '%-6s wall %6ss  cpu %6ss  | %s\n' "$p" "$w" "$c" "$(grep -o '已生成 [0-9]* 个文件（其中 [0-9]* 个页面）' "$work/out-$p.txt")"
  eval "w_$p=$w; c_$p=$c"
done
grep '修改记录' "$work/out-git.txt" || true
awk -v a="$w_git" -v b="$w_plain" -v c="$c_git" -v d="$c_plain" \
  'BEGIN {printf "history costs: wall x%.2f, cpu x%.2f\n", a / b, c / d}'
echo "serve, one task's title edited (with history):"
java -cp generator/target/gongkai.jar bench/ServeEdit.java "$work/git" 20 content/plans/plan-7/3.md | tail -3

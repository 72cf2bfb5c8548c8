#!/usr/bin/env bash
# Two builds of gongkai side by side: each checkout's bin/gongkai rebuilds its own copy of the synthetic 10k project,
# alternating, after the same kind of change, RUNS times; medians of wall, CPU and peak RSS, and B's ratio to A's.
# For measuring one change against the commit before it (the machine's noise moves both alike).
#
#   git worktree add /tmp/before HEAD~1 && (cd /tmp/before && mvn -q -DskipTests package)
#   bash bench/ab.sh /tmp/before .            # after one task's title is edited (the default)
#   KIND=none bash bench/ab.sh /tmp/before .  # nothing changed; KIND=full: --full
#   SIZE=100k RUNS=3 bash bench/ab.sh /tmp/before .
#   HISTORY=1 bash bench/ab.sh /tmp/before .  # a git repository of 300 commits (bench/HistoryRepo.java); each edit
#                                             # is committed, so the change record changes too
#
# Work files go to ${BENCH_DIR:-/tmp/gongkai-bench}/ab-{a,b}; nothing is written inside either checkout.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: bash bench/ab.sh CHECKOUT_A CHECKOUT_B"; exit 2; }
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/gongkai-bench}
runs=${RUNS:-5}
kind=${KIND:-edit}
size=${SIZE:-10k}
history=${HISTORY:-0}
case "$size" in
  10k) shape="200 50 1000"; heap=1g ;;
  100k) shape="2000 50 10000"; heap=2g ;;
  *) echo "SIZE is 10k or 100k"; exit 2 ;;
esac
command -v /usr/bin/time >/dev/null || { echo "bench needs /usr/bin/time (apt-get install time)"; exit 2; }
sides=(a b)
declare -A gk
gk[a]=$(cd "$1" && pwd)/bin/gongkai
gk[b]=$(cd "$2" && pwd)/bin/gongkai
for s in a b; do
  project="$work/ab-$s"
  if [ ! -f "$project/.generated-$size-$history" ]; then
    rm -rf "$project"
    if [ "$s" = b ] && [ -f "$work/ab-a/.generated-$size-$history" ]; then
      cp -r "$work/ab-a" "$project"
    else
      # shellcheck disable=SC2086
      java bench/SyntheticSite.java "$project" $shape >/dev/null
      rm -rf "$project/templates"
      if [ "$history" = 1 ]; then
        [ -f generator/target/gongkai.jar ] || mvn -q -DskipTests package
        java -cp generator/target/gongkai.jar bench/HistoryRepo.java "$project" 300 30 >/dev/null
      fi
      touch "$project/.generated-$size-$history"
    fi
    rm -rf "$project/_site" "$project/._site.gongkai"
  fi
  # Two untimed builds: the first writes the site, the second the work copy a rebuild keeps files from.
  for i in 1 2; do JAVA_OPTS=-Xmx$heap "${gk[$s]}" build --config "$project/site-config.yml" >/dev/null; done
  rm -f "$work/ab-$s.times"
done
for i in $(seq 1 "$runs"); do
  for s in a b; do
    project="$work/ab-$s"
    args=()
    if [ "$kind" = edit ]; then
      sed -i "0,/^title: /s/^title: \(.*\)$/title: \1（第$i次修改）/" "$project/content/plans/plan-7/3.md"
      if [ "$history" = 1 ]; then
        git -C "$project" -c user.name=bench -c user.email=bench@example.org commit -qam "第$i次修改标题"
      fi
    elif [ "$kind" = full ]; then
      args=(--full)
    fi
    /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" env JAVA_OPTS=-Xmx$heap "${gk[$s]}" build "${args[@]}" \
      --config "$project/site-config.yml" >/dev/null
    read -r e u c m < "$work/time.txt"
    echo "$e $(awk -v a="$u" -v b="$c" 'BEGIN {print a + b}') $m" >> "$work/ab-$s.times"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
col() { awk -v c="$1" '{print $c}' "$work/ab-$2.times" | median; }
for s in a b; do
  printf '  %s %-40s wall %6ss  cpu %6ss  peak RSS %5d MB\n' "$s" "$(dirname "$(dirname "${gk[$s]}")")" "$(col 1 "$s")" \
    "$(col 2 "$s")" "$(( $(col 3 "$s") / 1024 ))"
done
[ "$history" = 1 ] && kind="$kind, git history"
printf '  b / a (%s, %s)%*s wall %6s×  cpu %6s×  peak RSS %5s×\n' "$size" "$kind" 26 "" \
  "$(awk -v x="$(col 1 b)" -v y="$(col 1 a)" 'BEGIN {printf "%.2f", x / y}')" \
  "$(awk -v x="$(col 2 b)" -v y="$(col 2 a)" 'BEGIN {printf "%.2f", x / y}')" \
  "$(awk -v x="$(col 3 b)" -v y="$(col 3 a)" 'BEGIN {printf "%.2f", x / y}')"

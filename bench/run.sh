#!/usr/bin/env bash
# The build benchmark: generates synthetic projects of 1k, 10k and 100k tasks and builds each five times
# from scratch (into an empty folder) and five times over its own previous output (an editor's rebuild),
# printing wall time, CPU time, peak memory, pages and bytes written (medians of the five runs).
#
#   bash bench/run.sh                 # all three sizes
#   bash bench/run.sh 10k             # one size
#   LAUNCH=jar bash bench/run.sh 10k  # plain `java -jar` instead of bin/gongkai's JVM settings
#
# Work files go to ${BENCH_DIR:-/tmp/gongkai-bench}; nothing is written inside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${BENCH_DIR:-/tmp/gongkai-bench}
runs=${RUNS:-5}
launch=${LAUNCH:-bin}
sizes=("${@:-1k 10k 100k}")
[ -f generator/target/gongkai.jar ] || mvn -q -DskipTests package
command -v /usr/bin/time >/dev/null || { echo "bench needs /usr/bin/time (apt-get install time)"; exit 2; }

shape() { # plans tasks-per-plan units heap
  case "$1" in
    1k) echo "20 50 100 1g" ;;
    10k) echo "200 50 1000 1g" ;;
    100k) echo "2000 50 10000 2g" ;;
    *) echo "unknown size $1" >&2; exit 2 ;;
  esac
}

command_for() { # heap: the command that runs gongkai, as words
  if [ "$launch" = jar ]; then echo "java -Xmx$1 -jar $root/generator/target/gongkai.jar"
  else echo "env JAVA_OPTS=-Xmx$1 $root/bin/gongkai"; fi
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Nothing is deleted while builds are timed. On this machine's ext4 (mounted without a journal) the kernel
# chooses a new file's inode by skipping every inode freed in the last minute, or six minutes while the
# inode table block holding it is dirty (and new files dirty it again), one lookup per skipped inode:
# creating the 10k site's 13,000 files took 7 s right after deleting an earlier copy and 0.6-1.4 s
# otherwise (perf: recently_deleted in __ext4_new_inode). So what earlier runs left is removed first,
# written out, and waited for (SETTLE seconds, 370 by default; SETTLE=0 to skip); a from-scratch build
# must not pay for the previous run's rm.
shopt -s nullglob
stale=()
for size in ${sizes[@]}; do stale+=("$work/$size"/_site-cold-* "$work/$size"/._site-cold-*.gongkai); done
shopt -u nullglob
if [ ${#stale[@]} -gt 0 ]; then
  rm -rf "${stale[@]}"; sync
  echo "(waiting ${SETTLE:-370} s after removing earlier output; see the comment in bench/run.sh)"
  sleep "${SETTLE:-370}"
fi

printf '%-6s %-7s %-7s %-8s %-8s | %-22s | %-22s\n' size tasks pages files MB "from scratch: wall cpu" "rebuild: wall cpu" 
for size in ${sizes[@]}; do
  read -r plans per units heap <<<"$(shape "$size")"
  project="$work/$size"
  if [ ! -f "$project/.generated-$plans-$per-$units" ]; then
    rm -rf "$project"
    java bench/SyntheticSite.java "$project" "$plans" "$per" "$units" >/dev/null
    touch "$project/.generated-$plans-$per-$units"
  fi
  rm -rf "$project/templates" && cp -r templates "$project/templates"
  cold_wall=(); cold_cpu=(); warm_wall=(); warm_cpu=(); rss=0
  for i in $(seq 1 "$runs"); do
    out="$project/_site-cold-$i"
    /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" $(command_for "$heap") \
      build --config "$project/site-config.yml" --output "$out" > "$work/out.txt"
    read -r e u s m < "$work/time.txt"
    cold_wall+=("$e"); cold_cpu+=("$(awk -v a="$u" -v b="$s" 'BEGIN {print a + b}')"); [ "$m" -gt "$rss" ] && rss=$m
  done
  for i in $(seq 1 "$runs"); do
    /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" $(command_for "$heap") \
      build --config "$project/site-config.yml" --output "$project/_site-cold-1" > "$work/out.txt"
    read -r e u s m < "$work/time.txt"
    warm_wall+=("$e"); warm_cpu+=("$(awk -v a="$u" -v b="$s" 'BEGIN {print a + b}')"); [ "$m" -gt "$rss" ] && rss=$m
  done
  files=$(grep -o '已生成 [0-9]* 个文件' "$work/out.txt" | grep -o '[0-9]*')
  pages=$(grep -o '其中 [0-9]* 个页面' "$work/out.txt" | grep -o '[0-9]*')
  kb=$(grep -o '共 [0-9.]* KB' "$work/out.txt" | grep -o '[0-9.]*')
  tasks=$(find "$project/content/plans" -name '*.md' ! -name plan.md | wc -l)
  printf '%-6s %-7s %-7s %-8s %-8s | %8ss %8ss cpu | %8ss %8ss cpu | peak RSS %s MB\n' "$size" "$tasks" "$pages" "$files" \
    "$(awk -v k="$kb" 'BEGIN {printf "%d", k / 1024}')" "$(printf '%s\n' "${cold_wall[@]}" | median)" "$(printf '%s\n' "${cold_cpu[@]}" | median)" \
    "$(printf '%s\n' "${warm_wall[@]}" | median)" "$(printf '%s\n' "${warm_cpu[@]}" | median)" "$((rss / 1024))"
done
echo "(output left in $work/<size>/_site-cold-N; the next run removes it before timing)"

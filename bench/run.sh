#!/usr/bin/env bash
# The build benchmark, side by side with Hugo. For each size it generates a synthetic gongkai project
# (bench/SyntheticSite.java) and, when `hugo` is installed, a Hugo site of the same shape (bench/hugo_peer.py:
# a page per task, a list per plan, a term page and feed per unit). Then:
#   1. gongkai from scratch (into an empty folder), RUNS times;
#   2. rebuilds over each tool's own previous output, alternating gongkai and Hugo, RUNS times each,
# and prints medians of wall time, CPU time (user + system) and peak RSS, and gongkai's ratio to Hugo. gongkai's
# rebuilds are timed three ways: nothing changed, one task edited, and --full (every file made again).
# Absolute times on a shared machine are noisy; the ratios of alternated runs much less so.
#
#   bash bench/run.sh                 # 1k, 10k and 100k
#   bash bench/run.sh 10k             # one size
#   RUNS=3 SETTLE=0 bash bench/run.sh 10k
#   LAUNCH=jar bash bench/run.sh 10k  # plain `java -jar` instead of bin/gongkai
#   HISTORY=1 bash bench/run.sh 10k   # the project a git repository of 300 commits (bench/HistoryRepo.java), each
#                                     # edit committed: the change record is read, kept and made again too
#
# Work files go to ${BENCH_DIR:-/tmp/gongkai-bench}; nothing is written inside the repository.
# Hugo: Debian's package (`apt-get install hugo`, 0.111); without it only gongkai is measured.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${BENCH_DIR:-/tmp/gongkai-bench}
runs=${RUNS:-5}
launch=${LAUNCH:-bin}
history=${HISTORY:-0}
sizes=("${@:-1k 10k 100k}")
[ -f generator/target/gongkai.jar ] || mvn -q -DskipTests package
command -v /usr/bin/time >/dev/null || { echo "bench needs /usr/bin/time (apt-get install time)"; exit 2; }
hugo=$(command -v hugo || true)
mkdir -p "$work"

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

# timed NAME COMMAND...: runs it, appends "wall cpu rssKB" to $work/NAME.times
timed() {
  local name=$1; shift
  /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" "$@" > "$work/out.txt"
  read -r e u s m < "$work/time.txt"
  echo "$e $(awk -v a="$u" -v b="$s" 'BEGIN {print a + b}') $m" >> "$work/$name.times"
}

col() { awk -v c="$1" '{print $c}' "$work/$2.times" | median; }

# Nothing is deleted while builds are timed. On this machine's ext4 (mounted without a journal) the kernel
# chooses a new file's inode by skipping every inode freed in the last minute, or six minutes while the
# inode table block holding it is dirty (and new files dirty it again), one lookup per skipped inode:
# creating the 10k site's 13,000 files took 7 s right after deleting an earlier copy and 0.6-1.4 s
# otherwise (perf: recently_deleted in __ext4_new_inode). So what earlier runs left is removed first,
# written out, and waited for (SETTLE seconds, 370 by default; SETTLE=0 to skip); a from-scratch build
# must not pay for the previous run's rm.
shopt -s nullglob
stale=()
for size in ${sizes[@]}; do
  for p in "$work/$size" "$work/$size-history"; do
    stale+=("$p"/_site-cold-* "$p"/._site-cold-*.gongkai "$p"/_site "$p"/._site.gongkai)
  done
  stale+=("$work/$size-hugo"/public)
done
shopt -u nullglob
if [ ${#stale[@]} -gt 0 ]; then
  rm -rf "${stale[@]}"; sync
  echo "(waiting ${SETTLE:-370} s after removing earlier output; see the comment in bench/run.sh)"
  sleep "${SETTLE:-370}"
fi

for size in ${sizes[@]}; do
  read -r plans per units heap <<<"$(shape "$size")"
  project="$work/$size"
  [ "$history" = 1 ] && project="$work/$size-history"
  if [ ! -f "$project/.generated-$plans-$per-$units" ]; then
    rm -rf "$project"
    java bench/SyntheticSite.java "$project" "$plans" "$per" "$units" >/dev/null
    if [ "$history" = 1 ]; then
      rm -rf "$project/templates"
      java -cp generator/target/gongkai.jar bench/HistoryRepo.java "$project" 300 30 >/dev/null
    fi
    touch "$project/.generated-$plans-$per-$units"
  fi
  # A government's site has no templates of its own: the built-in theme renders it.
  rm -rf "$project/templates"
  peer="$work/$size-hugo"
  if [ -n "$hugo" ] && [ ! -f "$peer/.generated-$plans-$per-$units" ]; then
    rm -rf "$peer"
    python3 bench/hugo_peer.py "$peer" --plans "$plans" --tasks-per-plan "$per" --units "$units"
    touch "$peer/.generated-$plans-$per-$units"
  fi
  rm -f "$work"/*.times

  for i in $(seq 1 "$runs"); do
    timed cold $(command_for "$heap") build --config "$project/site-config.yml" --output "$project/_site-cold-$i"
  done
  files=$(grep -o '已生成 [0-9]* 个文件' "$work/out.txt" | grep -o '[0-9]*')
  pages=$(grep -o '其中 [0-9]* 个页面' "$work/out.txt" | grep -o '[0-9]*')
  kb=$(grep -o '共 [0-9.]* KB' "$work/out.txt" | grep -o '[0-9.]*')
  tasks=$(find "$project/content/plans" -name '*.md' ! -name plan.md | wc -l)

  # Rebuilds over each tool's own output, alternating, so both meet the same state of the machine:
  #   gongkai with nothing changed (it renders only what an edit since its last build reaches: nothing);
  #   gongkai after one task's title was edited (as an editor's commit does);
  #   gongkai --full (every file rendered again: the engine's own speed);
  #   Hugo, with nothing changed and after the same edit of one page (it renders every page either way).
  # Two untimed builds first: the first writes _site/, the second its work folder (see write/OutputFolder).
  gk_task="$project/content/plans/plan-7/3.md"
  hugo_task="$peer/content/plan-0007/t003.md"
  cp "$gk_task" "$work/task.orig"
  [ -n "$hugo" ] && cp "$hugo_task" "$work/hugo-task.orig"
  # edit FILE ORIGINAL N: the original with its title changed, a different title each run
  edit() { sed "0,/^title: /s/^title: \(.*\)$/title: \1（第$3次修改）/" "$2" > "$1"; }
  # commit MESSAGE: with HISTORY=1, the edit is committed, as an editor's is
  commit() {
    if [ "$history" = 1 ]; then git -C "$project" -c user.name=bench -c user.email=bench@example.org commit -qam "$1"; fi
  }
  timed warmup $(command_for "$heap") build --config "$project/site-config.yml"
  timed warmup $(command_for "$heap") build --config "$project/site-config.yml"
  [ -n "$hugo" ] && timed warmup "$hugo" --quiet -s "$peer" -d "$peer/public"
  for i in $(seq 1 "$runs"); do
    timed gongkai $(command_for "$heap") build --config "$project/site-config.yml"
    edit "$gk_task" "$work/task.orig" "$i"
    commit "第${i}次修改标题"
    timed gongkai-edit $(command_for "$heap") build --config "$project/site-config.yml"
    timed gongkai-full $(command_for "$heap") build --full --config "$project/site-config.yml"
    if [ -n "$hugo" ]; then
      timed hugo "$hugo" --quiet -s "$peer" -d "$peer/public"
      edit "$hugo_task" "$work/hugo-task.orig" "$i"
      timed hugo-edit "$hugo" --quiet -s "$peer" -d "$peer/public"
    fi
  done
  cp "$work/task.orig" "$gk_task"
  commit "恢复标题"
  [ -n "$hugo" ] && cp "$work/hugo-task.orig" "$hugo_task"

  commits=""
  [ "$history" = 1 ] && commits=", $(git -C "$project" rev-list --count HEAD) commits"
  echo "== $size: $tasks tasks$commits, $pages pages, $files files, $(awk -v k="$kb" 'BEGIN {printf "%d", k / 1024}') MB ($launch)"
  printf '  %-32s wall %6ss  cpu %6ss  peak RSS %5d MB\n' "gongkai from scratch" "$(col 1 cold)" "$(col 2 cold)" \
    "$(( $(col 3 cold) / 1024 ))"
  row() { # label name
    printf '  %-32s wall %6ss  cpu %6ss  peak RSS %5d MB\n' "$1" "$(col 1 "$2")" "$(col 2 "$2")" "$(( $(col 3 "$2") / 1024 ))"
  }
  ratio() { # label name hugo-name
    printf '  %-32s wall %6s×  cpu %6s×  peak RSS %5s×\n' "$1" \
      "$(awk -v a="$(col 1 "$2")" -v b="$(col 1 "$3")" 'BEGIN {printf "%.2f", a / b}')" \
      "$(awk -v a="$(col 2 "$2")" -v b="$(col 2 "$3")" 'BEGIN {printf "%.2f", a / b}')" \
      "$(awk -v a="$(col 3 "$2")" -v b="$(col 3 "$3")" 'BEGIN {printf "%.2f", a / b}')"
  }
  row "gongkai rebuild, nothing changed" gongkai
  row "gongkai rebuild, one task edited" gongkai-edit
  row "gongkai rebuild --full" gongkai-full
  if [ -n "$hugo" ]; then
    row "hugo rebuild ($("$hugo" version | cut -d' ' -f2))" hugo
    row "hugo rebuild, one page edited" hugo-edit
    ratio "gongkai / hugo, nothing changed" gongkai hugo
    ratio "gongkai / hugo, one edited" gongkai-edit hugo-edit
    ratio "gongkai --full / hugo" gongkai-full hugo
  fi
done
echo "(output left in $work/<size>/; the next run removes it before timing)"

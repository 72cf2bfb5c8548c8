package gongkai.render;

import gongkai.model.Task;
import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What an output file shows of the content, declared where the file is made, so serve and a rebuild make again
 * exactly the files an edit reaches (see Edit). Lists split over pages share one Shows, which answers once per
 * edit. Three kinds, so what a file showed can be written down for the next build (see LastBuild).
 */
public sealed interface Shows permits Shows.Everything, Shows.Nothing, Shows.Listed, Shows.Part {

    boolean touchedBy(Edit edit);

    /** Summaries, site-wide lists, feeds, data and the search index: any change to any task or plan. */
    Shows EVERYTHING = new Everything();

    /** Only the configuration and the theme, whose changes rebuild everything anyway. */
    Shows NOTHING = new Nothing();

    /** These plans' own fields, and the tasks the supplier lists (asked only when an edit comes). */
    static Shows of(Set<String> plans, Supplier<? extends Collection<Task>> tasks) {
        return new Listed(plans, NOT_CHANGES, tasks, Set.of());
    }

    /** What a listing that is no page of the list of changes gives as its page number. */
    int NOT_CHANGES = -1;

    /**
     * A page of the list of changes (0: the list's own page, n: page n of its archive): the change record (which
     * changes are on it, see Edit.movesChanges), any plan's own fields (a plan taken away or made a draft takes its
     * tasks' changes with it), and the tasks these keys (plan/id) name, published or not.
     */
    static Shows ofChanges(int page, Set<String> keys) {
        return new Listed(Set.of(), page, Set::of, keys);
    }

    /**
     * A part of something that knows, for the edit it was made after, whether this part differs (a shard of the
     * search index made from the index before the edit, or from the one the last build saved); asked of the files
     * after an edit only: for any other edit it says it differs.
     */
    static Shows part(java.util.function.Predicate<Edit> differs) {
        return new Part(differs);
    }

    final class Part implements Shows {
        private final java.util.function.Predicate<Edit> differs;

        private Part(java.util.function.Predicate<Edit> differs) {
            this.differs = differs;
        }

        @Override
        public boolean touchedBy(Edit edit) {
            return differs.test(edit);
        }
    }

    final class Everything implements Shows {
        private Everything() {
        }

        @Override
        public boolean touchedBy(Edit edit) {
            return !edit.isEmpty();
        }
    }

    final class Nothing implements Shows {
        private Nothing() {
        }

        @Override
        public boolean touchedBy(Edit edit) {
            return false;
        }
    }

    /** Named plans (or any plan), listed tasks and tasks named by key. */
    final class Listed implements Shows {
        private final Set<String> plans;
        private final int changePage;
        private final Supplier<? extends Collection<Task>> tasks;
        private final Set<String> keys;
        private Edit asked;
        private boolean answer;

        private Listed(Set<String> plans, int changePage, Supplier<? extends Collection<Task>> tasks,
                Set<String> keys) {
            this.plans = Set.copyOf(plans);
            this.changePage = changePage;
            this.tasks = tasks;
            this.keys = Set.copyOf(keys);
        }

        @Override
        public synchronized boolean touchedBy(Edit edit) {
            if (edit != asked) {
                asked = edit;
                answer = (changePage != NOT_CHANGES ? edit.movesChanges(changePage) || !edit.plans().isEmpty()
                        : plans.stream().anyMatch(edit.plans()::contains))
                        || (!edit.tasks().isEmpty() && (keys.stream().anyMatch(edit.tasks()::contains)
                                || tasks.get().stream().anyMatch(edit::touches)));
            }
            return answer;
        }

        public Set<String> plans() {
            return plans;
        }

        /** The page of the list of changes this is (see ofChanges), or NOT_CHANGES. */
        public int changePage() {
            return changePage;
        }

        /** The keys (plan/id) of every task the file shows, listed afresh at each call. */
        public Set<String> keys() {
            Set<String> all = new java.util.HashSet<>(keys);
            for (Task t : tasks.get()) {
                all.add(t.key());
            }
            return all;
        }
    }
}

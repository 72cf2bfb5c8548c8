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
        return new Listed(plans, null, 0, tasks, Set.of());
    }

    /**
     * A page of the list of changes (0: the list's own page, n: page n of its archive): the change record (which
     * changes are on it, see Edit.moves), any plan's own fields (a plan taken away or made a draft takes its tasks'
     * changes with it), and the tasks these keys (plan/id) name, published or not.
     */
    static Shows ofChanges(int page, Set<String> keys) {
        return new Listed(Set.of(), ListPages.CHANGES, page, Set::of, keys);
    }

    /**
     * Page n of a list that an edit reaches page by page (ListPages): the tasks on it (asked only when an edit comes),
     * and where the list's rows fall (Edit.moves).
     */
    static Shows ofPage(String list, int page, Supplier<? extends Collection<Task>> tasks) {
        return new Listed(Set.of(), list, page, tasks, Set.of());
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

    /**
     * Whether the edit reaches a listing by its list and page or its plans, before the tasks it shows are asked: a
     * page of the list of changes by any plan (a plan gone takes its changes with it), another list's page when
     * its rows moved, anything else by its plans.
     */
    static boolean listTouched(String list, int page, Set<String> plans, Edit edit) {
        if (list == null) {
            return plans.stream().anyMatch(edit.plans()::contains);
        }
        return edit.moves(list, page) || (list.equals(ListPages.CHANGES) && !edit.plans().isEmpty());
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
        private final String list;
        private final int page;
        private final Supplier<? extends Collection<Task>> tasks;
        private final Set<String> keys;
        private Edit asked;
        private boolean answer;

        private Listed(Set<String> plans, String list, int page, Supplier<? extends Collection<Task>> tasks,
                Set<String> keys) {
            this.plans = Set.copyOf(plans);
            this.list = list;
            this.page = page;
            this.tasks = tasks;
            this.keys = Set.copyOf(keys);
        }

        @Override
        public synchronized boolean touchedBy(Edit edit) {
            if (edit != asked) {
                asked = edit;
                answer = listTouched(list, page, plans, edit)
                        || (!edit.tasks().isEmpty() && (keys.stream().anyMatch(edit.tasks()::contains)
                                || tasks.get().stream().anyMatch(edit::touches)));
            }
            return answer;
        }

        public Set<String> plans() {
            return plans;
        }

        /** The list this is a page of (see ofChanges, ofPage), or null. */
        public String list() {
            return list;
        }

        /** Its page of that list. */
        public int page() {
            return page;
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

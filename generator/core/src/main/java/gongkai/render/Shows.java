package gongkai.render;

import gongkai.model.Task;
import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What an output file shows of the content, declared where the file is made, so serve re-renders exactly the
 * files an edit reaches (see Edit). Lists split over pages share one Shows, which answers once per edit.
 */
@FunctionalInterface
public interface Shows {

    boolean touchedBy(Edit edit);

    /** Summaries, site-wide lists, feeds, data and the search index: any change to any task or plan. */
    Shows EVERYTHING = edit -> !edit.isEmpty();

    /** Only the configuration and the theme, whose changes rebuild everything anyway. */
    Shows NOTHING = edit -> false;

    /** These plans' own fields, and the tasks the supplier lists (asked only when an edit comes). */
    static Shows of(Set<String> plans, Supplier<? extends Collection<Task>> tasks) {
        return new Shows() {
            private Edit asked;
            private boolean answer;

            @Override
            public synchronized boolean touchedBy(Edit edit) {
                if (edit != asked) {
                    asked = edit;
                    answer = plans.stream().anyMatch(edit.plans()::contains)
                            || (!edit.tasks().isEmpty() && tasks.get().stream().anyMatch(edit::touches));
                }
                return answer;
            }
        };
    }
}

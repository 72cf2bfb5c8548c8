package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Task;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditTest {

    private static Task task(String plan, String id) {
        return new Task(plan, id, id, "任务" + id, null, null, List.of(), null, null, null, null, List.of(), "", null,
                false, null);
    }

    @Test
    void touchesExactlyTheTasksItsKeysName() {
        Edit edit = new Edit(Set.of(), Set.of("wenzhou-2019/2-4", "wenzhou-2019/2", "xiamen-2018/10"));
        assertEquals(Map.of("wenzhou-2019", Set.of("2-4", "2"), "xiamen-2018", Set.of("10")), edit.taskIdsByPlan());
        assertTrue(edit.touches(task("wenzhou-2019", "2-4")));
        assertTrue(edit.touches(task("xiamen-2018", "10")));
        assertFalse(edit.touches(task("wenzhou-2019", "2-5")), "another task of the same plan");
        assertFalse(edit.touches(task("xiamen-2018", "1")), "a prefix of an edited id is another task");
        assertFalse(edit.touches(task("kaiping-2018", "10")), "the same id in another plan");
        // Each task, as a key, is what the edit's keys say: the lookup and the keys agree.
        for (Task t : List.of(task("wenzhou-2019", "2"), task("wenzhou-2019", "3"), task("fujian-2019", "2-7"))) {
            assertEquals(edit.tasks().contains(t.key()), edit.touches(t), t.key());
        }
    }
}

package gongkai.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gongkai.build.Build;
import java.nio.file.Path;
import java.util.List;

/** A site rebuilt in place, compared file by file with a whole build of the same content into a folder of its own. */
public final class WholeBuild {

    private WholeBuild() {
    }

    /** Fails, naming the files that differ, unless the site equals a whole build (--full) made into a folder in temp. */
    public static void assertSame(TestSite site, Path temp, String after) {
        Path whole = temp.resolve("whole-" + Math.abs(after.hashCode()) + "-" + System.nanoTime());
        Build.Result r = Build.run(site.options().withOutput(whole).withFull(true));
        assertTrue(r.ok(), r.problems().toString());
        List<String> differ = RandomEdits.differences(RandomEdits.tree(whole), RandomEdits.tree(site.output()));
        if (!differ.isEmpty()) {
            fail("after " + after + " the rebuilt site differs from a whole build in " + differ);
        }
    }
}

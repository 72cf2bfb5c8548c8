package gongkai.render;

import java.util.Optional;

/**
 * The files of the site the last build published that this build leaves as they are: a file made of parts that other
 * files hold whole (the site's tasks.json of each plan's) takes the parts of kept files from them instead of making
 * them again.
 */
@FunctionalInterface
public interface Earlier {

    /** Nothing kept: a whole build, or serve. */
    Earlier NONE = path -> Optional.empty();

    /** The bytes of the file at path, when this build keeps it as the last build made it; else empty. */
    Optional<byte[]> kept(String path);
}

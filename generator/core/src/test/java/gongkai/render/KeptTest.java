package gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptTest {

    @Test
    void aValueIsMadeOnceWhileTheBudgetLasts() {
        AtomicInteger made = new AtomicInteger();
        // Room for two values of 36 bytes (each counted as 36 + 64).
        Kept<String, byte[]> kept = new Kept<>(200L, v -> v.length);
        byte[] a = kept.get("a", () -> { made.incrementAndGet(); return new byte[36]; });
        assertSame(a, kept.get("a", () -> { made.incrementAndGet(); return new byte[36]; }));
        kept.get("b", () -> { made.incrementAndGet(); return new byte[36]; });
        kept.get("b", () -> { made.incrementAndGet(); return new byte[36]; });
        assertEquals(2, made.get());
        // Past the budget a value is made each time it is asked for, and what is kept stays.
        kept.get("c", () -> { made.incrementAndGet(); return new byte[36]; });
        kept.get("c", () -> { made.incrementAndGet(); return new byte[36]; });
        assertEquals(4, made.get());
        assertSame(a, kept.get("a", () -> new byte[36]));
    }
}

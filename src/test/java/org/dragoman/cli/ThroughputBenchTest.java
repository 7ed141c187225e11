package org.dragoman.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where {@code bench --compare --write} puts its table in a document that holds more than the table. */
class ThroughputBenchTest {
    @Test
    void theTableReplacesTheLastOneAndLeavesTheRestOfTheDocument() {
        String first = ThroughputBench.withSection("# Notes\n\nKept text.\n", "table one\n");
        assertTrue(first.startsWith("# Notes\n\nKept text.\n"), first);
        assertTrue(first.contains(ThroughputBench.BEGIN + "\ntable one\n" + ThroughputBench.END), first);
        String second = ThroughputBench.withSection(first + "\nLater text.\n", "table two\n");
        assertTrue(second.contains("table two") && !second.contains("table one"), second);
        assertTrue(second.startsWith("# Notes\n\nKept text.\n") && second.endsWith("\nLater text.\n"), second);
        assertEquals(second, ThroughputBench.withSection(second, "table two\n"), "writing the same table twice changes nothing");
    }

    @Test
    void aNewFileHoldsTheTableUnderAHeading() {
        assertEquals("# Throughput\n\n" + ThroughputBench.BEGIN + "\nt\n" + ThroughputBench.END + "\n",
                ThroughputBench.withSection(null, "t\n"));
    }
}

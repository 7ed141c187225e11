package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.ingest.Ingester;
import org.dragoman.store.DiplomacyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotating several articles at once leaves the store as one thread leaves it, graph for graph. */
class ParallelIngestIT {
    @TempDir
    Path dir;

    @Test
    void twoThreadsGiveTheGraphsOfOne() throws Exception {
        String[] texts = {
            "date 2023-05-01\nThe Ruritanian foreign minister Anna Berg met her Freedonian counterpart Lars Holm in Vienna on Monday.",
            "date 2023-05-02\nKarl Brandt, the Grand Fenwick prime minister, said on Tuesday that the border would stay open.",
            "date 2023-05-03\nMarta Lind held talks with Jonas Ek in Geneva on Wednesday, the Ruritanian ministry said.",
            "date 2023-05-04\nThe Freedonian president Ola Nord will visit Paris next week, his office said on Thursday.",
            "date 2023-05-05\n",
            "date 2023-05-06\nAnna Berg told reporters that \"talks went well\" after she spoke with Lars Holm by phone.",
        };
        Path batch = Files.createDirectories(dir.resolve("batch"));
        for (int i = 0; i < texts.length; i++) {
            Files.writeString(batch.resolve("p" + i + ".txt"), texts[i]);
        }
        DiplomacyStore one = DiplomacyStore.open(dir.resolve("one"));
        DiplomacyStore two = DiplomacyStore.open(dir.resolve("two"));
        Ingester.Report serial = SharedPipeline.ingester(one, null).ingest(List.of(batch), false, new PrintWriter(new StringWriter()));
        Ingester.Report parallel = SharedPipeline.ingester(two, null).withThreads(2)
                .ingest(List.of(batch), false, new PrintWriter(new StringWriter()));
        assertEquals(statuses(serial), statuses(parallel), "the same outcomes, in the batch's order");
        assertEquals(5, parallel.count("added"));
        assertEquals(1, parallel.count("failed"), "the empty article fails alone");
        for (int i = 0; i < texts.length; i++) {
            String id = "p" + i;
            assertTrue(one.graph(id).isIsomorphicWith(two.graph(id)), id);
        }
    }

    static List<String> statuses(Ingester.Report report) {
        List<String> out = new ArrayList<>();
        report.outcomes().forEach(o -> out.add(o.path().getFileName() + " " + o.status()));
        return out;
    }
}

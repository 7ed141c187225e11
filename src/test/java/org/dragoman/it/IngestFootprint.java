package org.dragoman.it;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.dragoman.extract.Extractor;
import org.dragoman.link.EntityLinker;
import org.dragoman.model.Article;
import org.dragoman.model.ArticleReader;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.NlpPipeline;

/**
 * Measures what one article costs by size: time, and heap (the highest live heap seen after a collection, and the
 * high-water mark, garbage included). Not a test: run it by hand, one JVM for all sizes, and copy the table into the
 * README. Made-up text, seeded.
 *
 * <pre>java -Xmx6g -Xss8m -cp target/test-classes:target/classes:'target/lib/*' org.dragoman.it.IngestFootprint 5 20 50 100 200</pre>
 */
public final class IngestFootprint {
    private static final String[] PEOPLE = {"Flavia Elphberg", "Rudolf Sapt", "Anna Kovac", "Jan Novak", "Milos Vrana",
        "Irena Dusek", "Pavel Horak", "Lena Maric", "Tomas Kral", "Vera Lind"};
    private static final String[] PLACES = {"Strelsau", "Zenda", "Hentzau", "Tarlenheim", "Modenstein", "Ruritania",
        "Graustark", "Ilyria"};
    private static final String[] SENTENCES = {
        "Foreign Minister %s met Prime Minister %s in %s on Monday to discuss trade and the border.",
        "\"We had useful talks,\" %s told reporters after the meeting with %s in %s.",
        "%s said the government of %s would send an envoy to %s next week.",
        "According to %s, the delegation from %s will visit %s in March.",
        "%s criticised the decision, saying that %s had ignored the concerns of %s.",
        "The two leaders, %s and %s, spoke by phone on Friday about the situation in %s.",
    };

    private IngestFootprint() {
    }

    static String article(int kilobytes, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("date 2021-03-04\nRuritanian and Graustarkian ministers meet in Strelsau\n\n");
        while (text.length() < kilobytes * 1024) {
            for (int s = 0; s < 4; s++) {
                String template = SENTENCES[random.nextInt(SENTENCES.length)];
                text.append(String.format(template, PEOPLE[random.nextInt(PEOPLE.length)], PEOPLE[random.nextInt(PEOPLE.length)],
                        PLACES[random.nextInt(PLACES.length)])).append(' ');
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    public static void main(String[] args) throws Exception {
        AtomicLong liveAfterGc = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    liveAfterGc.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        long t0 = System.nanoTime();
        NlpPipeline pipeline = NlpPipeline.create().build();
        var kb = SharedPipeline.knowledgeBase();
        Extractor extractor = new Extractor(kb);
        EntityLinker linker = new EntityLinker(kb);
        pipeline.annotate(new ArticleReader(null).parse("warm", "warm.txt", article(1, 1)));
        System.gc();
        long baseline = used();
        System.out.printf("models loaded in %.0f s; heap after GC with models loaded: %d MB; max heap %d MB%n",
                (System.nanoTime() - t0) / 1e9, baseline >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| article | tokens | sentences | time | live heap after GC (peak) | heap high-water |");
        System.out.println("|---|---|---|---|---|---|");
        for (String arg : args) {
            int size = Integer.parseInt(arg);
            Article article = new ArticleReader(null).parse("a" + size, size + "kb.txt", article(size, size));
            System.gc();
            liveAfterGc.set(0);
            AtomicLong highWater = new AtomicLong(used());
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    highWater.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            AnnotatedArticle annotated = pipeline.annotate(article);
            linker.link(extractor.extract(annotated));
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            System.out.printf("| %d KB | %,d | %,d | %.0f s | %,d MB | %,d MB |%n", size, annotated.tokenCount(),
                    annotated.sentences().size(), seconds, Math.max(liveAfterGc.get(), baseline) >> 20, highWater.get() >> 20);
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

package de.ozd.newsroom.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One set of renderers shared by many threads gives the same bytes as one thread does. */
class ConcurrentRenderingTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sharedRenderersGiveTheSameOutputFromManyThreads() throws Exception {
        Renderers renderers = Renderers.standard(TestPackages.SITE);
        List<Publication> items =
                TestPackages.all().stream().map(TestPackages.Named::publication).toList();
        List<String> expected = renderAll(renderers, items);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Callable<List<String>> task = () -> renderAll(renderers, items);
                results.add(pool.submit(task));
            }
            for (Future<List<String>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> renderAll(Renderers renderers, List<Publication> items) {
        List<String> out = new ArrayList<>();
        for (String name : renderers.names()) {
            Renderer r = renderers.get(name).orElseThrow();
            if (r.format().scope() == OutputFormat.Scope.ARTICLE) {
                items.forEach(p -> out.add(r.render(p)));
            } else {
                out.add(r.render(items));
            }
        }
        return out;
    }
}

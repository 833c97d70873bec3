package org.sevasurge.service.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sevasurge.service.http.ProblemException;

class RenderPermitsTest {

    @Test
    void neverMoreRendersAtOnceThanPermits() throws Exception {
        RenderPermits permits = new RenderPermits(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> renders = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                renders.add(pool.submit(() -> permits.call(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(2);
                    return running.decrementAndGet();
                })));
            }
            for (Future<Integer> render : renders) {
                render.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void aWaitBeyondTheLimitIsA503AndFreesNothingItDidNotTake() throws Exception {
        RenderPermits permits = new RenderPermits(1, Duration.ofMillis(50));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> permits.call(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holder.start();
        holding.await();
        assertThatThrownBy(() -> permits.call(() -> "rendered"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(503));
        release.countDown();
        holder.join();
        assertThat(permits.call(() -> "rendered")).isEqualTo("rendered");
    }

    @Test
    void refusesZeroPermits() {
        assertThatThrownBy(() -> new RenderPermits(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

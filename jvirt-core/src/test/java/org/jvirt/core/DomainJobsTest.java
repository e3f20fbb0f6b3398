package org.jvirt.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

class DomainJobsTest {

    private static DomainObj obj(String name) {
        DomainDef def = DomainXml.parse("<domain type='test'><name>" + name + "</name><uuid>" + UUID.randomUUID()
                + "</uuid><memory>1024</memory><os><type>hvm</type></os></domain>", DomainParseOptions.testDriver());
        DomainObj o = new DomainObjList().add(def, 0).obj();
        o.unlock();
        return o;
    }

    @Test
    void oneJobPerDomainTheSecondWaits() throws Exception {
        DomainJobs jobs = new DomainJobs(Duration.ofSeconds(10));
        DomainObj a = obj("a");
        JobGuard first = jobs.begin(a, DomainJob.MODIFY);
        assertThat(jobs.current(a)).isEqualTo(DomainJob.MODIFY);
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<DomainJob> second = CompletableFuture.supplyAsync(() -> {
            started.countDown();
            try (JobGuard g = jobs.begin(a, DomainJob.QUERY)) {
                return g.job();
            }
        });
        started.await();
        Thread.sleep(100);
        assertThat(second).isNotDone();
        first.close();
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(DomainJob.QUERY);
        assertThat(jobs.current(a)).isNull();
    }

    @Test
    void otherDomainsDoNotWait() {
        DomainJobs jobs = new DomainJobs(Duration.ofMillis(50));
        DomainObj a = obj("a");
        DomainObj b = obj("b");
        try (JobGuard ga = jobs.begin(a, DomainJob.MODIFY); JobGuard gb = jobs.begin(b, DomainJob.MODIFY)) {
            assertThat(gb.obj()).isSameAs(b);
        }
    }

    @Test
    void timesOutWithLibvirtsError() {
        DomainJobs jobs = new DomainJobs(Duration.ofMillis(100));
        DomainObj a = obj("a");
        try (JobGuard g = jobs.begin(a, DomainJob.DESTROY)) {
            assertThatThrownBy(() -> jobs.begin(a, DomainJob.QUERY))
                    .isInstanceOfSatisfying(VirtException.class,
                            e -> assertThat(e.error().code()).isEqualTo(ErrorCode.OPERATION_TIMEOUT))
                    .hasMessageContaining("cannot acquire state change lock (held by destroy=");
        }
    }

    @Test
    void refusedWhileHoldingTheObjectLock() {
        DomainJobs jobs = new DomainJobs();
        DomainObj a = obj("a");
        a.lock();
        try {
            assertThatThrownBy(() -> jobs.begin(a, DomainJob.QUERY)).isInstanceOf(IllegalStateException.class);
        } finally {
            a.unlock();
        }
    }
}

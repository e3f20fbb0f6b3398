package org.jvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEvent;
import org.jvirt.event.DomainEventId;
import org.jvirt.event.DomainEventType;
import org.jvirt.event.DomainLifecycleEvent;
import org.jvirt.event.DomainRebootEvent;
import org.jvirt.spi.DomainEventBody;
import org.junit.jupiter.api.Test;

/** The public layer's half of events: delivery thread, order, handles, deregistration, errors. */
class EventDeliveryTest {

    @Test
    void eventsArriveInOrderOnAVirtualThreadWithHandlesOfThisConnection() throws Exception {
        try (Connect c = Connect.open("fake:///default")) {
            List<DomainEvent> got = Collections.synchronizedList(new ArrayList<>());
            List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch done = new CountDownLatch(101);
            int id = c.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, e -> {
                got.add(e);
                threads.add(Thread.currentThread());
                done.countDown();
            });
            var cb = FakeDriverProvider.CALLBACKS.get(id);
            for (int i = 0; i < 100; i++) {
                cb.onDomainEvent(id, FakeDriverProvider.DOM, new DomainEventBody.Lifecycle(i % 9, i));
            }
            cb.onDomainEvent(id, FakeDriverProvider.DOM, new DomainEventBody.Reboot());
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 100; i++) {
                DomainLifecycleEvent e = (DomainLifecycleEvent) got.get(i);
                assertThat(e.detail()).isEqualTo(i);
                assertThat(e.event()).isEqualTo(DomainEventType.ofValue(i % 9));
                assertThat(e.domain().getConnect()).isSameAs(c);
                assertThat(e.domain().getName()).isEqualTo("fake");
                assertThat(e.domain().getID()).isEqualTo(1);
            }
            assertThat(got.get(100)).isInstanceOf(DomainRebootEvent.class);
            assertThat(threads).allMatch(Thread::isVirtual).allMatch(t -> t == threads.get(0));
            assertThat(threads.get(0)).isNotSameAs(Thread.currentThread());
            c.domainEventDeregisterAny(id);
        }
    }

    @Test
    void nothingIsDeliveredAfterDeregistrationAndAFailingListenerDoesNotStopDelivery() throws Exception {
        try (Connect c = Connect.open("fake:///default")) {
            CountDownLatch gate = new CountDownLatch(1);
            List<Integer> got = Collections.synchronizedList(new ArrayList<>());
            int blocked = c.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, e -> {
                try {
                    gate.await();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                got.add(((DomainLifecycleEvent) e).detail());
                throw new IllegalStateException("listener bug");
            });
            CountDownLatch later = new CountDownLatch(1);
            int other = c.domainEventRegisterAny(null, DomainEventId.REBOOT, e -> later.countDown());
            var cb = FakeDriverProvider.CALLBACKS.get(blocked);
            cb.onDomainEvent(blocked, FakeDriverProvider.DOM, new DomainEventBody.Lifecycle(2, 0));
            cb.onDomainEvent(blocked, FakeDriverProvider.DOM, new DomainEventBody.Lifecycle(2, 1));
            // the second event is queued behind the first; deregistering drops it
            Thread.sleep(50);
            c.domainEventDeregisterAny(blocked);
            gate.countDown();
            FakeDriverProvider.CALLBACKS.get(other).onDomainEvent(other, FakeDriverProvider.DOM, new DomainEventBody.Reboot());
            assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(got).containsExactly(0);
        }
    }

    @Test
    void errorsAsLibvirt() {
        try (Connect c = Connect.open("fake:///default"); Connect other = Connect.open("fake:///default")) {
            Domain foreign = other.domainLookupByName("fake");
            assertThatThrownBy(() -> c.domainEventRegisterAny(foreign, DomainEventId.LIFECYCLE, e -> { }))
                    .isInstanceOfSatisfying(VirtException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARG);
                        assertThat(e.domain()).isEqualTo(ErrorDomain.DOMAIN);
                        assertThat(e.getMessage()).isEqualTo(
                                "domain 'fake' in virConnectDomainEventRegisterAny must match connection");
                    });
            assertThatThrownBy(() -> c.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, null))
                    .hasMessage("cb in virConnectDomainEventRegisterAny must not be NULL");
            assertThatThrownBy(() -> c.domainEventDeregisterAny(99999))
                    .isInstanceOfSatisfying(VirtException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARG);
                        assertThat(e.getMessage()).isEqualTo("invalid argument: could not find event callback 99999 for deletion");
                    });
        }
        try (Connect c = Connect.openReadOnly("fake:///noevents")) {
            assertThatThrownBy(() -> c.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, e -> { }))
                    .isInstanceOfSatisfying(VirtException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.NO_SUPPORT);
                        assertThat(e.getMessage()).isEqualTo("this function is not supported by the connection driver: virConnectDomainEventRegisterAny");
                    });
        }
        Connect closed = Connect.open("fake:///default");
        closed.close();
        assertThatThrownBy(() -> closed.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, e -> { }))
                .isInstanceOfSatisfying(VirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONN));
    }
}

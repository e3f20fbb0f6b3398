package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.driver.test.DefaultNodeTest.assertErr;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.event.DomainEvent;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.event.DomainEventId;
import org.jvirt.event.DomainEventListener;
import org.jvirt.event.DomainLifecycleEvent;
import org.junit.jupiter.api.Test;

/** Event registration on test:///default as libvirt 9.0 behaves (checked with python3-libvirt). */
class EventTest {

    static final String X = "<domain type='test'><name>ev1</name><memory>1024</memory><os><type>hvm</type></os></domain>";

    static DomainLifecycleEvent next(LinkedBlockingQueue<DomainEvent> q) throws InterruptedException {
        DomainEvent e = q.poll(5, TimeUnit.SECONDS);
        assertThat(e).as("event").isNotNull();
        return (DomainLifecycleEvent) e;
    }

    @Test
    void idsAreCountedPerDriverAndOwnedByTheirConnection() throws Exception {
        try (Connect a = Connect.open("test:///default"); Connect ro = Connect.openReadOnly("test:///default")) {
            DomainEventListener l = e -> { };
            int first = a.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, l);
            assertErr(() -> a.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, l), ErrorCode.INVALID_ARG,
                    ErrorDomain.NONE, "invalid argument: event callback already tracked");
            Domain test = a.domainLookupByName("test");
            int second = a.domainEventRegisterAny(test, DomainEventId.LIFECYCLE, l);
            int third = ro.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, l);
            assertThat(List.of(second, third)).containsExactly(first + 1, first + 2);
            assertErr(() -> ro.domainEventDeregisterAny(first), ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                    "invalid argument: could not find event callback " + first + " for deletion");
            a.domainEventDeregisterAny(first);
            assertErr(() -> a.domainEventDeregisterAny(first), ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                    "invalid argument: could not find event callback " + first + " for deletion");
        }
    }

    @Test
    void eventsOfOneConnectionsCallsReachAnothersListenersAndCloseDropsRegistrations() throws Exception {
        try (Connect watcher = Connect.open("test:///default")) {
            LinkedBlockingQueue<DomainEvent> q = new LinkedBlockingQueue<>();
            watcher.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, q::add);
            try (Connect actor = Connect.open("test:///default")) {
                actor.domainEventRegisterAny(null, DomainEventId.REBOOT, e -> { });
                Domain d = actor.domainDefineXML(X, 0);
                d.create();
                d.destroy(0);
                d.undefine(0);
            }
            DomainLifecycleEvent e = next(q);
            assertThat(e.typedDetail()).isEqualTo(DomainEventDetail.Defined.ADDED);
            assertThat(e.domain().getConnect()).isSameAs(watcher);
            assertThat(e.virshText()).isEqualTo("Defined Added");
            e = next(q);
            assertThat(e.typedDetail()).isEqualTo(DomainEventDetail.Started.BOOTED);
            assertThat(e.domain().getID()).isPositive();
            assertThat(next(q).typedDetail()).isEqualTo(DomainEventDetail.Stopped.DESTROYED);
            assertThat(next(q).typedDetail()).isEqualTo(DomainEventDetail.Undefined.REMOVED);
            assertThat(q).isEmpty();
            // a listener may call back into its connection from the delivery thread
            LinkedBlockingQueue<String> names = new LinkedBlockingQueue<>();
            watcher.domainEventRegisterAny(null, DomainEventId.LIFECYCLE,
                    ev -> names.add(ev.domain().getConnect().domainLookupByName("test").getName()));
            watcher.domainLookupByName("test").suspend();
            watcher.domainLookupByName("test").resume();
            assertThat(names.poll(5, TimeUnit.SECONDS)).isEqualTo("test");
        }
    }

    @Test
    void closingAConnectionDropsItsRegistrations() {
        TestDriver driver = TestDefaultNode.create();
        TestConnection one = new TestConnection(driver, false);
        TestConnection two = new TestConnection(driver, false);
        one.hypervisor().connectDomainEventRegisterAny(null, 0, (id, dom, body) -> { });
        two.hypervisor().connectDomainEventRegisterAny(null, 0, (id, dom, body) -> { });
        assertThat(driver.events.size()).isEqualTo(2);
        one.close();
        assertThat(driver.events.size()).isEqualTo(1);
        two.close();
        assertThat(driver.events.size()).isZero();
    }
}

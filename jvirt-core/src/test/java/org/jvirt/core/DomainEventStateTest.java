package org.jvirt.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.spi.DomainEventBody;
import org.jvirt.spi.DomainEventCallback;
import org.jvirt.spi.DomainRef;
import org.junit.jupiter.api.Test;

class DomainEventStateTest {

    static final DomainRef A = new DomainRef("a", UUID.randomUUID(), 1);
    static final DomainRef B = new DomainRef("b", UUID.randomUUID(), -1);

    @Test
    void idsFilteringAndOwnership() {
        DomainEventState s = new DomainEventState();
        Object conn1 = new Object();
        Object conn2 = new Object();
        List<String> got = new ArrayList<>();
        DomainEventCallback cb = (id, dom, body) -> got.add(id + " " + dom.name() + " " + body);
        assertThat(s.register(conn1, null, 0, cb)).isZero();
        assertThat(s.register(conn1, A, 0, cb)).isEqualTo(1);
        assertThat(s.register(conn1, null, 1, cb)).isEqualTo(2);
        assertThat(s.register(conn2, null, 0, cb)).isEqualTo(3);

        // libvirt: same callback, same event id, same domain filter, same connection
        assertThatThrownBy(() -> s.register(conn1, null, 0, cb)).isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARG);
            assertThat(e.domain()).isEqualTo(ErrorDomain.NONE);
            assertThat(e.getMessage()).isEqualTo("invalid argument: event callback already tracked");
        });
        assertThatThrownBy(() -> s.register(conn1, new DomainRef("a2", A.uuid(), -1), 0, cb))
                .hasMessage("invalid argument: event callback already tracked");

        s.raise(A, DomainEventBody.Lifecycle.of(DomainEventDetail.Started.BOOTED));
        s.raise(B, DomainEventBody.Lifecycle.of(DomainEventDetail.Stopped.DESTROYED));
        s.raise(B, new DomainEventBody.Reboot());
        assertThat(got).containsExactly(
                "0 a Lifecycle[event=2, detail=0]", "1 a Lifecycle[event=2, detail=0]", "3 a Lifecycle[event=2, detail=0]",
                "0 b Lifecycle[event=5, detail=1]", "3 b Lifecycle[event=5, detail=1]",
                "2 b Reboot[]");

        assertThatThrownBy(() -> s.deregister(conn2, 0))
                .hasMessage("invalid argument: could not find event callback 0 for deletion");
        s.deregister(conn1, 0);
        assertThatThrownBy(() -> s.deregister(conn1, 0))
                .hasMessage("invalid argument: could not find event callback 0 for deletion");
        s.deregisterAll(conn1);
        assertThat(s.size()).isEqualTo(1);
        // ids are never reused
        assertThat(s.register(conn1, null, 0, cb)).isEqualTo(4);
    }
}

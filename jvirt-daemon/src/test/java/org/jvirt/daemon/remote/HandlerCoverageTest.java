package org.jvirt.daemon.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jvirt.rpc.remote.RemoteProcedure;
import org.junit.jupiter.api.Test;

/** The protocol table is declared once in jvirt-rpc; the daemon must serve every call it declares. */
class HandlerCoverageTest {

    @Test
    void everyDeclaredCallHasAHandlerAndNoEventHasOne() {
        HandlerTable t = RemoteProgram.standard().table();
        List<String> missing = RemoteProcedure.all().stream()
                .filter(p -> !p.event() && t.get(p.number()) == null).map(Object::toString).toList();
        assertThat(missing).as("calls without a daemon handler").isEmpty();
        List<String> events = RemoteProcedure.all().stream()
                .filter(p -> p.event() && t.get(p.number()) != null).map(Object::toString).toList();
        // events travel daemon -> client only; a client calling one gets libvirt's "unknown procedure"
        assertThat(events).as("events with a handler").isEmpty();
        assertThat(t.entries()).hasSizeGreaterThan(100);
    }
}

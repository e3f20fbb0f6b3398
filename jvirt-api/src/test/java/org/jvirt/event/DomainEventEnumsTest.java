package org.jvirt.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers and words as libvirt 9.0 (libvirt-domain.h, python3-libvirt constants, virsh-domain-event.c). */
class DomainEventEnumsTest {

    @Test
    void eventIdsHaveLibvirtNumbersAndVirshNames() {
        assertThat(DomainEventId.values()).hasSize(27);
        assertThat(DomainEventId.LIFECYCLE.value()).isZero();
        assertThat(DomainEventId.REBOOT.value()).isEqualTo(1);
        assertThat(DomainEventId.METADATA_CHANGE.value()).isEqualTo(23);
        assertThat(DomainEventId.MEMORY_DEVICE_SIZE_CHANGE.value()).isEqualTo(26);
        assertThat(DomainEventId.ofValue(8)).isEqualTo(DomainEventId.BLOCK_JOB);
        assertThat(DomainEventId.ofValue(27)).isNull();
        assertThat(DomainEventId.ofValue(-1)).isNull();
        assertThat(DomainEventId.ofVirshName("pm-suspend-disk")).isEqualTo(DomainEventId.PMSUSPEND_DISK);
        assertThat(DomainEventId.ofVirshName("nope")).isNull();
    }

    @Test
    void typesAndDetails() {
        assertThat(DomainEventType.CRASHED.value()).isEqualTo(8);
        assertThat(DomainEventType.ofValue(5)).isEqualTo(DomainEventType.STOPPED);
        assertThat(DomainEventType.ofValue(9)).isNull();
        assertThat(DomainEventType.STOPPED.detail(4)).isEqualTo(DomainEventDetail.Stopped.SAVED);
        assertThat(DomainEventType.SUSPENDED.detail(8)).isEqualTo(DomainEventDetail.Suspended.POSTCOPY_FAILED);
        assertThat(DomainEventType.STARTED.detail(5)).isNull();
        assertThat(DomainEventType.SHUTDOWN.detailName(1)).isEqualTo("Finished after guest request");
        assertThat(DomainEventType.DEFINED.detailName(3)).isEqualTo("Snapshot");
        assertThat(DomainEventType.DEFINED.detailName(9)).isEqualTo("unknown");
        for (DomainEventType t : DomainEventType.values()) {
            for (int i = 0; t.detail(i) != null; i++) {
                assertThat(t.detail(i).type()).isEqualTo(t);
                assertThat(t.detail(i).value()).isEqualTo(i);
            }
        }
        assertThat(DomainEventDetail.Crashed.CRASHLOADED.value()).isEqualTo(1);
        assertThat(DomainEventDetail.Stopped.values()).hasSize(7);
        assertThat(DomainEventDetail.Started.WAKEUP.virshName()).isEqualTo("Event wakeup");
    }

    @Test
    void lifecycleEventText() {
        DomainLifecycleEvent e = new DomainLifecycleEvent(null, DomainEventType.STARTED, 2);
        assertThat(e.virshText()).isEqualTo("Started Restored");
        assertThat(e.typedDetail()).isEqualTo(DomainEventDetail.Started.RESTORED);
        assertThat(e.eventId()).isEqualTo(DomainEventId.LIFECYCLE);
        assertThat(new DomainRebootEvent(null).eventId()).isEqualTo(DomainEventId.REBOOT);
    }
}

package org.jvirt.driver.qemu.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event table decodes each handled event's data into its typed call; others only reach onAny. */
class QmpEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> dispatch(String name, String data) throws Exception {
        RecordingListener l = new RecordingListener();
        QmpEvents.dispatch(new QmpEvent(name, JSON.readTree(data), null), l);
        return l.calls();
    }

    @Test
    void eachHandledEventDecodesItsData() throws Exception {
        assertThat(dispatch("SHUTDOWN", "{\"guest\": true, \"reason\": \"guest-shutdown\"}"))
                .containsExactly("SHUTDOWN guest=true reason=guest-shutdown");
        assertThat(dispatch("SHUTDOWN", "{}")).containsExactly("SHUTDOWN guest=false reason=null");
        assertThat(dispatch("STOP", "{}")).containsExactly("STOP");
        assertThat(dispatch("RESUME", "{}")).containsExactly("RESUME");
        assertThat(dispatch("POWERDOWN", "{}")).containsExactly("POWERDOWN");
        assertThat(dispatch("RESET", "{\"guest\": false, \"reason\": \"host-qmp-system-reset\"}"))
                .containsExactly("RESET guest=false reason=host-qmp-system-reset");
        assertThat(dispatch("DEVICE_DELETED", "{\"path\": \"/machine/peripheral/balloon0/virtio-backend\"}"))
                .containsExactly("DEVICE_DELETED device=null path=/machine/peripheral/balloon0/virtio-backend");
        assertThat(dispatch("BALLOON_CHANGE", "{\"actual\": 81252352}")).containsExactly("BALLOON_CHANGE actual=81252352");
        assertThat(dispatch("MIGRATION", "{\"status\": \"completed\"}")).containsExactly("MIGRATION status=completed");
        assertThat(dispatch("GUEST_PANICKED", "{\"action\": \"pause\"}")).containsExactly("GUEST_PANICKED action=pause");
    }

    @Test
    void unhandledEventsReachOnlyOnAny() throws Exception {
        assertThat(dispatch("RTC_CHANGE", "{\"offset\": 1}")).containsExactly("OTHER RTC_CHANGE {\"offset\":1}");
    }

    @Test
    void tableCoversTheEventsTheDriverNeeds() {
        assertThat(QmpEvents.handled()).contains("SHUTDOWN", "STOP", "RESUME", "POWERDOWN", "RESET", "DEVICE_DELETED",
                "BALLOON_CHANGE");
    }
}

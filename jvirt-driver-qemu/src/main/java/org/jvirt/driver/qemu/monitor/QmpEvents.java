package org.jvirt.driver.qemu.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The one table from QMP event name to handler (DESIGN rule 7; libvirt's eventHandlers[]): each entry decodes
 * the event's data and calls the typed method of {@link QmpEventListener}. Events not in the table only reach
 * {@link QmpEventListener#onAny}.
 */
public final class QmpEvents {

    private static final Map<String, BiConsumer<QmpEventListener, JsonNode>> TABLE = Map.of(
            "SHUTDOWN", (l, d) -> l.onShutdown(d.path("guest").asBoolean(false), text(d, "reason")),
            "STOP", (l, d) -> l.onStop(),
            "RESUME", (l, d) -> l.onResume(),
            "POWERDOWN", (l, d) -> l.onPowerdown(),
            "RESET", (l, d) -> l.onReset(d.path("guest").asBoolean(false), text(d, "reason")),
            "DEVICE_DELETED", (l, d) -> l.onDeviceDeleted(text(d, "device"), text(d, "path")),
            "BALLOON_CHANGE", (l, d) -> l.onBalloonChange(d.path("actual").asLong()),
            "MIGRATION", (l, d) -> l.onMigration(text(d, "status")),
            "GUEST_PANICKED", (l, d) -> l.onGuestPanicked(text(d, "action")),
            "DUMP_COMPLETED", (l, d) -> l.onDumpCompleted(text(d, "error")));

    private QmpEvents() {
    }

    /** The event names with a typed handler. */
    public static Set<String> handled() {
        return TABLE.keySet();
    }

    /** Delivers one event to {@code listener}: onAny, then the typed method if the table has one. */
    public static void dispatch(QmpEvent event, QmpEventListener listener) {
        listener.onAny(event);
        BiConsumer<QmpEventListener, JsonNode> handler = TABLE.get(event.name());
        if (handler != null) {
            handler.accept(listener, event.data());
        }
    }

    /** Adapts a listener to the transport. */
    public static QmpTransport.Listener adapter(QmpEventListener listener) {
        return new QmpTransport.Listener() {
            @Override
            public void onEvent(QmpEvent event) {
                dispatch(event, listener);
            }

            @Override
            public void onClose(QmpIoException cause) {
                listener.onMonitorClosed(cause);
            }
        };
    }

    private static String text(JsonNode data, String field) {
        JsonNode v = data.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}

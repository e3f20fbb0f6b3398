package org.jvirt.driver.qemu.monitor;

/**
 * What the driver wants to hear from QEMU, one typed method per event it handles; {@link QmpEvents} decodes the
 * JSON. Every method is optional. Calls arrive in QEMU's order on one thread, which may issue monitor commands.
 */
public interface QmpEventListener {

    /** Every event, before its typed method (libvirt's generic qemu-monitor-event). */
    default void onAny(QmpEvent event) {
    }

    /** QEMU is shutting down; {@code guest} is true when the guest asked for it (poweroff inside the guest). */
    default void onShutdown(boolean guest, String reason) {
    }

    default void onStop() {
    }

    default void onResume() {
    }

    /** The ACPI power button was pressed (system_powerdown). */
    default void onPowerdown() {
    }

    default void onReset(boolean guest, String reason) {
    }

    /** Hot-unplug finished; {@code device} is the id given to device_add (null for devices without one). */
    default void onDeviceDeleted(String device, String path) {
    }

    /** The balloon reached a new size, in bytes. */
    default void onBalloonChange(long actualBytes) {
    }

    /** Outgoing migration (also save to file) changed status: "active", "completed", "failed"... */
    default void onMigration(String status) {
    }

    /** A detached dump-guest-memory ended; {@code error} is QEMU's reason when it failed, else null. */
    default void onDumpCompleted(String error) {
    }

    /** The guest reported a panic (pvpanic); {@code action} is QEMU's "pause", "poweroff" or "run". */
    default void onGuestPanicked(String action) {
    }

    /** The monitor connection ended (QEMU exited, or the connection was closed). */
    default void onMonitorClosed(QmpIoException cause) {
    }
}

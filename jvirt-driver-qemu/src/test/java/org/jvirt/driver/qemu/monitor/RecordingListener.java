package org.jvirt.driver.qemu.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Records every event callback as one line ("SHUTDOWN guest=true reason=guest-shutdown") for assertions. */
class RecordingListener implements QmpEventListener {

    private final List<String> calls = new ArrayList<>();

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** Waits until a recorded line starts with {@code prefix}; false on timeout. */
    synchronized boolean await(String prefix, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (calls.stream().noneMatch(c -> c.startsWith(prefix))) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private synchronized void add(String line) {
        calls.add(line);
        notifyAll();
    }

    @Override
    public void onShutdown(boolean guest, String reason) {
        add("SHUTDOWN guest=" + guest + " reason=" + reason);
    }

    @Override
    public void onStop() {
        add("STOP");
    }

    @Override
    public void onResume() {
        add("RESUME");
    }

    @Override
    public void onPowerdown() {
        add("POWERDOWN");
    }

    @Override
    public void onReset(boolean guest, String reason) {
        add("RESET guest=" + guest + " reason=" + reason);
    }

    @Override
    public void onDeviceDeleted(String device, String path) {
        add("DEVICE_DELETED device=" + device + " path=" + path);
    }

    @Override
    public void onBalloonChange(long actualBytes) {
        add("BALLOON_CHANGE actual=" + actualBytes);
    }

    @Override
    public void onMigration(String status) {
        add("MIGRATION status=" + status);
    }

    @Override
    public void onGuestPanicked(String action) {
        add("GUEST_PANICKED action=" + action);
    }

    @Override
    public void onAny(QmpEvent event) {
        if (!QmpEvents.handled().contains(event.name())) {
            add("OTHER " + event.name() + " " + event.data());
        }
    }

    @Override
    public void onMonitorClosed(QmpIoException cause) {
        add("CLOSED " + cause.kind());
    }
}

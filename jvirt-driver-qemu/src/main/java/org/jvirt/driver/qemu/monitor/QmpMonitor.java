package org.jvirt.driver.qemu.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.jvirt.error.VirtException;

/**
 * The typed layer of the monitor (DESIGN rule 7): one small method per QMP command, each building the arguments,
 * sending through {@link QmpTransport} and decoding the reply. Every failure is a VirtException made by
 * {@link QmpErrors}. Thread-safe; callers must not hold a domain object's lock while calling (rule 8).
 */
public final class QmpMonitor implements AutoCloseable {

    /** How long a command may take. libvirt has no deadline; ours is generous so a wedged QEMU cannot hang a job. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final QmpTransport transport;
    private final String vmName;
    private final Duration timeout;

    public QmpMonitor(QmpTransport transport, String vmName, Duration timeout) {
        this.transport = transport;
        this.vmName = vmName;
        this.timeout = timeout;
    }

    /**
     * Connects to a freshly started (or already running) QEMU, negotiates capabilities, and routes its events to
     * {@code events}. {@code peerAlive} stops the connect retries early when QEMU has died.
     */
    public static QmpMonitor open(Path socket, String vmName, Duration connectTimeout, BooleanSupplier peerAlive,
                                  QmpEventListener events) {
        QmpTransport t;
        try {
            t = QmpTransport.connect(socket, connectTimeout, peerAlive, QmpEvents.adapter(events));
        } catch (QmpIoException e) {
            throw QmpErrors.transport(vmName, e);
        }
        QmpMonitor m = new QmpMonitor(t, vmName, DEFAULT_TIMEOUT);
        try {
            m.capabilities();
        } catch (VirtException e) {
            t.close();
            throw e;
        }
        return m;
    }

    // ---- generic --------------------------------------------------------------------------------------------

    /** Any command (also virDomainQemuMonitorCommand's raw QMP): its "return" value, never null. */
    public JsonNode execute(String command, JsonNode arguments) {
        QmpReply reply;
        try {
            reply = transport.execute(command, arguments, timeout);
        } catch (QmpIoException e) {
            throw QmpErrors.transport(vmName, e);
        }
        return switch (reply) {
            case QmpReply.Return r -> r.value() != null ? r.value() : NullNode.getInstance();
            case QmpReply.Failure f -> throw QmpErrors.commandFailed(command, f);
        };
    }

    private JsonNode object(String command, JsonNode arguments) {
        JsonNode v = execute(command, arguments);
        if (!v.isObject()) {
            throw QmpErrors.unexpectedType(command);
        }
        return v;
    }

    private JsonNode array(String command, JsonNode arguments) {
        JsonNode v = execute(command, arguments);
        if (!v.isArray()) {
            throw QmpErrors.unexpectedType(command);
        }
        return v;
    }

    private static ObjectNode args() {
        return QmpTransport.JSON.createObjectNode();
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------

    /** qmp_capabilities: leaves negotiation mode; QEMU accepts no other command before it. */
    public void capabilities() {
        execute("qmp_capabilities", null);
    }

    public void cont() {
        execute("cont", null);
    }

    public void stop() {
        execute("stop", null);
    }

    /** Presses the ACPI power button. */
    public void systemPowerdown() {
        execute("system_powerdown", null);
    }

    public void systemReset() {
        execute("system_reset", null);
    }

    /** Asks QEMU to exit; the monitor then reaches EOF. */
    public void quit() {
        execute("quit", null);
    }

    public QmpStatus queryStatus() {
        JsonNode r = object("query-status", null);
        if (!r.path("running").isBoolean()) {
            throw QmpErrors.missingData("query-status reply was missing running state");
        }
        return new QmpStatus(r.path("status").asText(null), r.get("running").asBoolean(),
                r.path("singlestep").asBoolean(false));
    }

    // ---- vCPUs and memory -----------------------------------------------------------------------------------

    public List<QmpCpu> queryCpusFast() {
        List<QmpCpu> cpus = new ArrayList<>();
        for (JsonNode c : array("query-cpus-fast", null)) {
            if (!c.path("cpu-index").isInt() || !c.path("thread-id").isIntegralNumber()) {
                throw QmpErrors.missingData("query-cpus-fast reply data was missing 'cpu-index' or 'thread-id'");
            }
            cpus.add(new QmpCpu(c.get("cpu-index").asInt(), c.path("qom-path").asText(null),
                    c.get("thread-id").asLong(), c.path("target").asText(null), c.path("props")));
        }
        return cpus;
    }

    /**
     * Sets the balloon target in bytes. False when the guest has no balloon device (QEMU's DeviceNotActive),
     * which the driver reports as libvirt does ("Unable to change memory of active domain without the balloon
     * device and guest OS balloon driver").
     */
    public boolean balloon(long bytes) {
        try {
            execute("balloon", args().put("value", bytes));
            return true;
        } catch (QmpCommandException e) {
            if (noBalloon(e)) {
                return false;
            }
            throw e;
        }
    }

    /** The balloon's current size in bytes; empty without a balloon device (as libvirt's GetBalloonInfo). */
    public OptionalLong queryBalloon() {
        try {
            JsonNode r = object("query-balloon", null);
            if (!r.path("actual").isIntegralNumber()) {
                throw QmpErrors.missingData("info balloon reply was missing balloon data");
            }
            return OptionalLong.of(r.get("actual").asLong());
        } catch (QmpCommandException e) {
            if (noBalloon(e)) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    private static boolean noBalloon(QmpCommandException e) {
        return QmpErrors.hasClass(e, "DeviceNotActive") || QmpErrors.hasClass(e, "KVMMissingCap");
    }

    /** query-hotpluggable-cpus: every CPU slot of the machine, plugged or not. */
    public List<QmpHotpluggableCpu> queryHotpluggableCpus() {
        List<QmpHotpluggableCpu> out = new ArrayList<>();
        for (JsonNode c : array("query-hotpluggable-cpus", null)) {
            if (!c.path("type").isTextual() || !c.path("vcpus-count").isInt() || !c.path("props").isObject()) {
                throw QmpErrors.missingData("query-hotpluggable-cpus reply is missing 'type', 'vcpus-count' or 'props'");
            }
            out.add(new QmpHotpluggableCpu(c.get("type").asText(), c.get("vcpus-count").asInt(), c.get("props"),
                    c.path("qom-path").asText(null)));
        }
        return out;
    }

    // ---- guest memory dump ----------------------------------------------------------------------------------

    /** query-dump-guest-memory-capability: the formats this QEMU can write ("elf", "kdump-zlib", ...). */
    public List<String> queryDumpGuestMemoryFormats() {
        List<String> out = new ArrayList<>();
        for (JsonNode f : object("query-dump-guest-memory-capability", null).path("formats")) {
            out.add(f.asText());
        }
        return out;
    }

    /**
     * dump-guest-memory in the background (detach): the guest's memory into {@code protocol} ("file:PATH"),
     * {@code format} null for QEMU's default ELF; progress through {@link #queryDump()}.
     */
    public void dumpGuestMemory(String protocol, String format) {
        ObjectNode a = args().put("paging", false).put("protocol", protocol).put("detach", true);
        if (format != null) {
            a.put("format", format);
        }
        execute("dump-guest-memory", a);
    }

    /** query-dump: "none", "active", "completed" or "failed". */
    public String queryDump() {
        JsonNode r = object("query-dump", null);
        if (!r.path("status").isTextual()) {
            throw QmpErrors.missingData("query-dump reply was missing 'status'");
        }
        return r.get("status").asText();
    }

    /** human-monitor-command: an HMP command line, its text output. */
    public String humanMonitorCommand(String commandLine) {
        JsonNode r = execute("human-monitor-command", args().put("command-line", commandLine));
        if (!r.isTextual()) {
            throw QmpErrors.unexpectedType("human-monitor-command");
        }
        return r.asText();
    }

    // ---- block devices --------------------------------------------------------------------------------------

    public List<QmpBlockInfo> queryBlock() {
        List<QmpBlockInfo> out = new ArrayList<>();
        for (JsonNode b : array("query-block", null)) {
            JsonNode ins = b.path("inserted");
            out.add(new QmpBlockInfo(b.path("device").asText(""), b.path("qdev").asText(null),
                    b.path("removable").asBoolean(false), b.path("locked").asBoolean(false),
                    b.path("tray_open").isBoolean() ? b.get("tray_open").asBoolean() : null,
                    ins.path("file").asText(null), ins.path("drv").asText(null), ins.path("ro").asBoolean(false),
                    ins.path("node-name").asText(null)));
        }
        return out;
    }

    public List<QmpBlockStats> queryBlockstats() {
        List<QmpBlockStats> out = new ArrayList<>();
        for (JsonNode b : array("query-blockstats", null)) {
            JsonNode s = b.path("stats");
            if (!s.isObject()) {
                throw QmpErrors.missingData("blockstats stats entry was not in expected format");
            }
            out.add(new QmpBlockStats(b.path("device").asText(""), b.path("qdev").asText(null),
                    b.path("node-name").asText(null), s.path("rd_bytes").asLong(), s.path("wr_bytes").asLong(),
                    s.path("rd_operations").asLong(), s.path("wr_operations").asLong(),
                    s.path("flush_operations").asLong(), s.path("rd_total_time_ns").asLong(),
                    s.path("wr_total_time_ns").asLong(), s.path("flush_total_time_ns").asLong(),
                    s.path("wr_highest_offset").asLong()));
        }
        return out;
    }

    // ---- hotplug --------------------------------------------------------------------------------------------

    /** device_add with the device's properties ("driver", "id", ...), as the *Props builders make them. */
    public void deviceAdd(ObjectNode props) {
        if (!props.path("driver").isTextual()) {
            throw new IllegalArgumentException("device_add needs a 'driver' property: " + props);
        }
        execute("device_add", props);
    }

    /**
     * device_del: asks the guest to release the device (DEVICE_DELETED follows when it did). False when QEMU has
     * no such device any more (DeviceNotFound), which libvirt treats as already removed.
     */
    public boolean deviceDel(String id) {
        try {
            execute("device_del", args().put("id", id));
            return true;
        } catch (QmpCommandException e) {
            if (QmpErrors.hasClass(e, "DeviceNotFound")) {
                return false;
            }
            throw e;
        }
    }

    /** blockdev-add of one node (libvirt attaches a disk's storage node, then its format node on top). */
    public void blockdevAdd(ObjectNode props) {
        execute("blockdev-add", props);
    }

    /** blockdev-del of a node no device uses any more. */
    public void blockdevDel(String nodeName) {
        execute("blockdev-del", args().put("node-name", nodeName));
    }

    /** netdev_add with the backend's properties ("type", "id", ...), as NetProps makes them. */
    public void netdevAdd(ObjectNode props) {
        execute("netdev_add", props);
    }

    public void netdevDel(String id) {
        execute("netdev_del", args().put("id", id));
    }

    /** Removable media (update-device): the tray of device {@code id} ("ide0-1-0"). */
    public void blockdevOpenTray(String id, boolean force) {
        execute("blockdev-open-tray", args().put("id", id).put("force", force));
    }

    public void blockdevRemoveMedium(String id) {
        execute("blockdev-remove-medium", args().put("id", id));
    }

    public void blockdevInsertMedium(String id, String nodeName) {
        execute("blockdev-insert-medium", args().put("id", id).put("node-name", nodeName));
    }

    public void blockdevCloseTray(String id) {
        execute("blockdev-close-tray", args().put("id", id));
    }

    /** query-named-block-nodes (flat): every node name QEMU has, to pick a free "libvirt-N" for a new disk. */
    public List<String> namedBlockNodes() {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array("query-named-block-nodes", args().put("flat", true))) {
            out.add(n.path("node-name").asText(""));
        }
        return out;
    }

    // ---- migration (save to file) ---------------------------------------------------------------------------

    /**
     * migrate-set-capabilities: e.g. {"events": true}, without which QEMU sends no MIGRATION events (libvirt
     * turns it on before every migration, save included).
     */
    public void migrateSetCapabilities(Map<String, Boolean> capabilities) {
        ArrayNode list = QmpTransport.JSON.createArrayNode();
        capabilities.forEach((name, on) -> list.addObject().put("capability", name).put("state", on));
        execute("migrate-set-capabilities", args().set("capabilities", list));
    }

    /** Starts an outgoing migration to {@code uri} ("exec:...", "fd:NAME", "unix:..."); completion via events. */
    public void migrate(String uri) {
        execute("migrate", args().put("uri", uri));
    }

    /** migrate-incoming: a QEMU started with {@code -incoming defer} starts listening on {@code uri}. */
    public void migrateIncoming(String uri) {
        execute("migrate-incoming", args().put("uri", uri));
    }

    /** migrate_cancel: ends an outgoing migration (a failed save); the guest stays where it was. */
    public void migrateCancel() {
        execute("migrate_cancel", null);
    }

    public QmpMigration queryMigrate() {
        JsonNode r = object("query-migrate", null);
        JsonNode ram = r.path("ram");
        return new QmpMigration(r.path("status").asText(null), r.path("total-time").asLong(),
                ram.path("transferred").asLong(), ram.path("remaining").asLong(), ram.path("total").asLong(),
                r.path("error-desc").asText(null));
    }

    // ---- character devices ----------------------------------------------------------------------------------

    /**
     * query-chardev: label -> filename ("pty:/dev/pts/3", "unix:/path,server=on", "file", ...), in QEMU's order.
     */
    public Map<String, String> queryChardev() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (JsonNode c : array("query-chardev", null)) {
            if (!c.path("label").isTextual() || !c.path("filename").isTextual()) {
                throw QmpErrors.missingData("query-chardev reply was missing 'label' or 'filename'");
            }
            out.put(c.get("label").asText(), c.get("filename").asText());
        }
        return out;
    }

    // ---- QOM properties -------------------------------------------------------------------------------------

    /** qom-get: a property of the object at {@code path}, as QEMU sends it. */
    public JsonNode qomGet(String path, String property) {
        return execute("qom-get", args().put("path", path).put("property", property));
    }

    /** qom-set of an integer property (e.g. the balloon's guest-stats-polling-interval). */
    public void qomSet(String path, String property, long value) {
        execute("qom-set", args().put("path", path).put("property", property).put("value", value));
    }

    // ---- connection -----------------------------------------------------------------------------------------

    /** QEMU's version from the greeting, "major.minor.micro". */
    public String qemuVersion() {
        JsonNode v = transport.greeting().path("QMP").path("version").path("qemu");
        return v.path("major").asInt() + "." + v.path("minor").asInt() + "." + v.path("micro").asInt();
    }

    /** Completes when the monitor connection has ended (QEMU exited, or {@link #close()}). */
    public CompletableFuture<QmpIoException> closed() {
        return transport.closed();
    }

    @Override
    public void close() {
        transport.close();
    }
}

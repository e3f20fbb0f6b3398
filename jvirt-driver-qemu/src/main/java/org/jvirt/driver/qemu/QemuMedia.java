package org.jvirt.driver.qemu;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jvirt.conf.domain.DeviceDef;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.core.Rollback;
import org.jvirt.driver.qemu.command.HotplugProps;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * update-device for removable media (qemuDomainChangeEjectableMedia with -blockdev): the tray is opened, the old
 * medium removed, the new image added as nodes and inserted, the tray closed; the old nodes go last. An empty
 * {@code <source>} ejects. Only cdrom and floppy drives take this, with libvirt's errors otherwise.
 */
final class QemuMedia {

    private QemuMedia() {
    }

    /** The drive of {@code def} that update-device XML {@code dev} names, if its medium can change. */
    static DiskDef removable(DomainDef def, DeviceDef dev, boolean live) {
        if (!(dev instanceof DiskDef disk)) {
            throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.QEMU,
                    "%s update of device '%s' is not supported", live ? "live" : "persistent", dev.elementName());
        }
        DiskDef old = null;
        for (DiskDef d : def.devices().disks()) {
            if (d.targetDev().equals(disk.targetDev())) {
                old = d;
            }
        }
        if (old == null) {
            throw VirtException.of(live ? ErrorCode.INTERNAL_ERROR : ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                    live ? "target %s doesn't exist." : "target %s doesn't exist.", disk.targetDev());
        }
        if (!"cdrom".equals(old.device()) && !"floppy".equals(old.device())) {
            throw VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.QEMU,
                    "disk source can be changed only in removable drives");
        }
        return old;
    }

    /** Changes the medium of {@code old} (live) to {@code wanted}'s source; the new live definition. */
    static DomainDef change(QmpMonitor mon, DomainDef live, DiskDef old, DiskDef wanted) {
        String src = wanted.source();
        if (src != null && "file".equals(wanted.type()) && !Files.exists(Path.of(src))) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.STORAGE,
                    "Cannot access storage file '%s': No such file or directory", src);
        }
        DiskDef next = old.withSource(src);
        String id = old.alias();
        String oldFormat = QemuHotplug.formatNodeOf(mon, old);
        try (Rollback rb = new Rollback()) {
            List<ObjectNode> nodes = List.of();
            if (src != null) {
                int node = QemuHotplug.nextNode(mon.namedBlockNodes());
                List<ObjectNode> props = HotplugProps.anyDisk(next, node);
                nodes = props.subList(0, props.size() - 1);
                for (ObjectNode p : nodes) {
                    mon.blockdevAdd(p);
                    String name = p.path("node-name").asText();
                    rb.add("blockdev-del " + name, () -> mon.blockdevDel(name));
                }
            }
            mon.blockdevOpenTray(id, true);
            mon.blockdevRemoveMedium(id);
            if (!nodes.isEmpty()) {
                mon.blockdevInsertMedium(id, nodes.getLast().path("node-name").asText());
                mon.blockdevCloseTray(id);
            }
            rb.commit();
        }
        if (oldFormat != null) {
            QemuHotplug.release(mon, live, old, oldFormat);
        }
        return live.withDevices(live.devices().replacing(old, next));
    }
}

package org.jvirt.driver.qemu;

import org.jvirt.conf.domain.DeviceDef;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.domain.InterfaceDef;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;
import org.jvirt.core.ModificationImpact;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * attach-device, detach-device, detach-device-alias and update-device (qemuDomainAttachDeviceLiveAndConfig and
 * kin): the persistent copy is changed in memory first, then the live guest, and only when both worked is the
 * config file written (atomically) and the changed definitions published; a failure leaves both as they were.
 */
interface QemuHotplugOps extends HypervisorDriver {

    QemuDriver driver();

    int AFFECT = ModificationImpact.AFFECT_LIVE | ModificationImpact.AFFECT_CONFIG;

    @Override
    default void domainAttachDevice(DomainRef dom, String xml) {
        domainAttachDeviceFlags(dom, xml, ModificationImpact.AFFECT_LIVE);
    }

    @Override
    default void domainDetachDevice(DomainRef dom, String xml) {
        domainDetachDeviceFlags(dom, xml, ModificationImpact.AFFECT_LIVE);
    }

    @Override
    default void domainAttachDeviceFlags(DomainRef dom, String xml, int flags) {
        VirErrors.checkFlags(flags, AFFECT, ErrorDomain.QEMU, "qemuDomainAttachDeviceLiveAndConfig");
        modify(dom, flags, new Change() {
            @Override
            public DomainDef config(DomainDef persistent) {
                DeviceDef dev = DomainXml.parseDevice(xml, persistent, driver().defs.parseOptions());
                if (dev instanceof DiskDef disk) {
                    for (DiskDef d : persistent.devices().disks()) {
                        if (d.targetDev().equals(disk.targetDev())) {
                            throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU,
                                    "target %s already exists.", disk.targetDev());
                        }
                    }
                } else if (!(dev instanceof InterfaceDef)) {
                    throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.QEMU,
                            "persistent attach of device '%s' is not supported", dev.elementName());
                }
                DomainDef next = persistent.withDevice(dev);
                DomainXml.validate(next);
                return next;
            }

            @Override
            public DomainDef live(QemuDomainRuntime rt, DomainDef live) {
                DeviceDef dev = DomainXml.parseDevice(xml, live, driver().defs.parseOptions());
                return QemuHotplug.attach(rt.monitor, live, dev);
            }
        });
    }

    @Override
    default void domainDetachDeviceFlags(DomainRef dom, String xml, int flags) {
        VirErrors.checkFlags(flags, AFFECT, ErrorDomain.QEMU, "qemuDomainDetachDeviceLiveAndConfig");
        modify(dom, flags, new Change() {
            @Override
            public DomainDef config(DomainDef persistent) {
                DeviceDef dev = DomainXml.parseDevice(xml, persistent, driver().defs.parseOptions());
                return persistent.withoutDevice(findConfig(persistent, dev));
            }

            @Override
            public DomainDef live(QemuDomainRuntime rt, DomainDef live) {
                DeviceDef dev = DomainXml.parseDevice(xml, live, driver().defs.parseOptions());
                return detachLive(rt, live, QemuHotplug.findLive(live, dev));
            }
        });
    }

    @Override
    default void domainDetachDeviceAlias(DomainRef dom, String alias, int flags) {
        VirErrors.checkFlags(flags, AFFECT, ErrorDomain.QEMU, "qemuDomainDetachDeviceAlias");
        modify(dom, flags, new Change() {
            @Override
            public DomainDef config(DomainDef persistent) {
                return persistent.withoutDevice(byAlias(persistent, alias));
            }

            @Override
            public DomainDef live(QemuDomainRuntime rt, DomainDef live) {
                return detachLive(rt, live, byAlias(live, alias));
            }
        });
    }

    @Override
    default void domainUpdateDeviceFlags(DomainRef dom, String xml, int flags) {
        VirErrors.checkFlags(flags, AFFECT | 4, ErrorDomain.QEMU, "qemuDomainUpdateDeviceFlags");
        modify(dom, flags & AFFECT, new Change() {
            @Override
            public DomainDef config(DomainDef persistent) {
                DeviceDef dev = DomainXml.parseDevice(xml, persistent, driver().defs.parseOptions());
                DiskDef old = QemuMedia.removable(persistent, dev, false);
                return persistent.withDevices(persistent.devices().replacing(old, old.withSource(((DiskDef) dev).source())));
            }

            @Override
            public DomainDef live(QemuDomainRuntime rt, DomainDef live) {
                DeviceDef dev = DomainXml.parseDevice(xml, live, driver().defs.parseOptions());
                return QemuMedia.change(rt.monitor, live, QemuMedia.removable(live, dev, true), (DiskDef) dev);
            }
        });
    }

    /** One device change: on a copy of the persistent definition, and on the running guest. */
    interface Change {
        DomainDef config(DomainDef persistent);

        DomainDef live(QemuDomainRuntime rt, DomainDef live);
    }

    /** Impact, config in memory, live, then config file and publication; under the domain's job. */
    private void modify(DomainRef dom, int flags, Change change) {
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            record Start(ModificationImpact impact, DomainDef persistent, DomainDef live, QemuDomainRuntime rt) {
            }
            Start s = d.withDom(dom, o -> {
                ModificationImpact impact = ModificationImpact.of(o, flags);
                QemuDomainRuntime rt = null;
                if (impact.live()) {
                    d.checkManaged(o);
                    rt = d.runtimes.get(o.uuid());
                    if (rt == null || rt.monitor == null) {
                        throw VirErrors.notRunning();
                    }
                }
                return new Start(impact, impact.config() ? o.persistentDef() : null, o.def(), rt);
            });
            DomainDef newConfig = s.impact().config() ? change.config(s.persistent()) : null;
            DomainDef newLive = s.impact().live() ? change.live(s.rt(), s.live()) : null;
            d.withDom(dom, o -> {
                if (newLive != null) {
                    o.setDef(newLive);
                    d.saveStatus(o, s.rt());
                }
                if (newConfig != null) {
                    d.saveConfig(newConfig);
                    if (o.isActive()) {
                        o.setNewDef(newConfig);
                    } else {
                        o.setDef(newConfig);
                    }
                }
                return null;
            });
        }
    }

    /** Unplugs {@code dev} from the guest; the live definition without it, or unchanged while the guest holds on. */
    private static DomainDef detachLive(QemuDomainRuntime rt, DomainDef live, DeviceDef dev) {
        String format = QemuHotplug.formatNodeOf(rt.monitor, dev);
        if (format != null) {
            rt.unplugNodes.put(dev.alias(), format);
        }
        if (!QemuHotplug.unplug(rt.monitor, rt, dev)) {
            return live; // finished by the DEVICE_DELETED handler when the guest lets go
        }
        rt.unplugNodes.remove(dev.alias());
        QemuHotplug.release(rt.monitor, live, dev, format);
        return live.withoutDevice(dev);
    }

    /** virDomainDefFindDevice by alias: "no device found with alias". */
    private static DeviceDef byAlias(DomainDef def, String alias) {
        DeviceDef dev = def.devices().byAlias(alias);
        if (dev == null) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.DOMAIN, "no device found with alias %s", alias);
        }
        return dev;
    }

    /** qemuDomainDetachDeviceConfig's lookups for the families this driver plugs. */
    private static DeviceDef findConfig(DomainDef def, DeviceDef dev) {
        return switch (dev) {
            case DiskDef disk -> {
                for (DiskDef d : def.devices().disks()) {
                    if (d.targetDev().equals(disk.targetDev())) {
                        yield d;
                    }
                }
                throw VirtException.of(ErrorCode.DEVICE_MISSING, ErrorDomain.QEMU, "no target device %s", disk.targetDev());
            }
            case InterfaceDef net -> QemuHotplug.findNet(def, net);
            default -> throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.QEMU,
                    "persistent detach of device '%s' is not supported", dev.elementName());
        };
    }
}

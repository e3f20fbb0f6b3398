package org.jvirt.driver.test;

import java.nio.file.Path;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainFormatOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.core.DomainObj;
import org.jvirt.core.DomainObjList;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.flags.DomainCoreDumpFlag;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/** Save / restore to real files, managed save (a flag only, as in libvirt) and core dumps. */
interface TestSaveOps extends HypervisorDriver {

    TestDriver driver();

    int RUNNING_RESTORED = 3;
    int SHUTOFF_CRASHED = 3;
    int SHUTOFF_SAVED = 5;
    /** VIR_DOMAIN_CORE_DUMP_FORMAT_LAST in libvirt 9.0 (raw, 3 kdump variants, win-dmp). */
    int DUMP_FORMAT_LAST = 5;

    private static void refuseDxml(String dxml) {
        if (dxml != null) {
            throw VirtException.of(ErrorCode.ARGUMENT_UNSUPPORTED, ErrorDomain.TEST, "xml modification unsupported");
        }
    }

    @Override
    default void domainSaveFlags(DomainRef dom, String path, String dxml, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainSaveFlags");
        refuseDxml(dxml);
        driver().runDom(dom, obj -> {
            TestDriver.checkActive(obj);
            DomainDef def = obj.def();
            // the live definition, secure, with its id: what virDomainDefFormat(def, SECURE) writes
            String xml = DomainXml.format(def, new DomainFormatOptions(obj.id(), false, true));
            TestSaveImage.write(Path.of(path), xml, "saving domain '" + def.name() + "' to '" + path + "'");
            driver().stopAndMaybeRemove(obj, SHUTOFF_SAVED, DomainEventDetail.Stopped.SAVED);
        });
    }

    @Override
    default DomainRef domainRestoreFlags(String path, String dxml, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainRestoreFlags");
        refuseDxml(dxml);
        String xml = TestSaveImage.read(Path.of(path));
        DomainDef def = driver().parseDomain(xml);
        DomainObjList.Added added = driver().domains.add(def, DomainObjList.ADD_LIVE | DomainObjList.ADD_CHECK_LIVE);
        DomainObj obj = added.obj();
        try {
            driver().startState(obj, RUNNING_RESTORED);
            driver().events.lifecycle(obj, DomainEventDetail.Started.RESTORED);
            return obj.ref();
        } finally {
            obj.unlock();
        }
    }

    @Override
    default void domainManagedSave(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 1 | 2 | 4, ErrorDomain.TEST, "testDomainManagedSave");
        driver().runDom(dom, obj -> {
            TestDriver.checkActive(obj);
            if (!obj.isPersistent()) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                        "cannot do managed save for transient domain");
            }
            driver().shutdownState(obj, SHUTOFF_SAVED);
            obj.setHasManagedSave(true);
            driver().events.lifecycle(obj, DomainEventDetail.Stopped.SAVED);
        });
    }

    @Override
    default boolean domainHasManagedSaveImage(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainHasManagedSaveImage");
        return driver().withDom(dom, DomainObj::hasManagedSave);
    }

    @Override
    default void domainManagedSaveRemove(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainManagedSaveRemove");
        driver().runDom(dom, obj -> obj.setHasManagedSave(false));
    }

    @Override
    default void domainCoreDumpWithFormat(DomainRef dom, String path, int format, int flags) {
        // public-layer checks of virDomainCoreDumpWithFormat (VIR_FROM_DOMAIN)
        if (format >= DUMP_FORMAT_LAST || format < 0) {
            throw VirErrors.invalidArg(ErrorDomain.DOMAIN, "dumpformat '%d' is not supported", format);
        }
        exclusive(flags, DomainCoreDumpFlag.CRASH, "VIR_DUMP_CRASH", DomainCoreDumpFlag.LIVE, "VIR_DUMP_LIVE");
        exclusive(flags, DomainCoreDumpFlag.CRASH, "VIR_DUMP_CRASH", DomainCoreDumpFlag.RESET, "VIR_DUMP_RESET");
        exclusive(flags, DomainCoreDumpFlag.LIVE, "VIR_DUMP_LIVE", DomainCoreDumpFlag.RESET, "VIR_DUMP_RESET");
        org.jvirt.core.VirErrors.checkFlags(flags, DomainCoreDumpFlag.CRASH.value(), ErrorDomain.TEST, "testDomainCoreDumpWithFormat");
        driver().runDom(dom, obj -> {
            TestDriver.checkActive(obj);
            TestSaveImage.writeBytes(Path.of(path), TestSaveImage.MAGIC,
                    "domain '" + dom.name() + "' coredump: failed to open " + path);
            // libvirt writes the file before refusing a non-raw format; so do we
            if (format != 0) {
                throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.TEST,
                        "kdump-compressed format is not supported here");
            }
            if ((flags & DomainCoreDumpFlag.CRASH.value()) != 0) {
                driver().stopAndMaybeRemove(obj, SHUTOFF_CRASHED, DomainEventDetail.Stopped.CRASHED);
            }
        });
    }

    private static void exclusive(int flags, DomainCoreDumpFlag a, String an, DomainCoreDumpFlag b, String bn) {
        if ((flags & a.value()) != 0 && (flags & b.value()) != 0) {
            throw VirErrors.invalidArg(ErrorDomain.DOMAIN, "Flags '%s' and '%s' are mutually exclusive", an, bn);
        }
    }
}

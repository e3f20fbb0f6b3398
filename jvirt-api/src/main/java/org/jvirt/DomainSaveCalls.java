package org.jvirt;

import static org.jvirt.Connect.absolutePath;
import static org.jvirt.Connect.checkSaveFlags;
import static org.jvirt.Connect.denySecureOnReadOnly;
import static org.jvirt.Connect.requireArg;

import org.jvirt.spi.HypervisorDriver;

/**
 * The save, managed save and core dump calls of {@link Domain}. Split out of Domain by concern (DESIGN.md rule 11);
 * Domain alone implements it.
 */
public sealed interface DomainSaveCalls extends DomainCalls permits Domain {

    private HypervisorDriver hv() {
        return getConnect().hv();
    }

    /** virDomainSave: as save(path, null, 0), but errors name virDomainSave. */
    default void save(String path) {
        Dispatch.write(getConnect(), "virDomainSave", () -> hv().domainSaveFlags(ref(),
                absolutePath(requireArg(path, "to", "virDomainSave")), null, 0));
    }

    /** virDomainSaveFlags: dxml (may be null) replaces the XML stored in the image. */
    default void save(String path, String dxml, int flags) {
        Dispatch.write(getConnect(), "virDomainSaveFlags", () -> {
            String to = absolutePath(requireArg(path, "to", "virDomainSaveFlags"));
            checkSaveFlags(flags);
            hv().domainSaveFlags(ref(), to, dxml, flags);
        });
    }

    default void managedSave(int flags) {
        Dispatch.write(getConnect(), "virDomainManagedSave", () -> {
            checkSaveFlags(flags);
            hv().domainManagedSave(ref(), flags);
        });
    }

    default boolean hasManagedSaveImage(int flags) {
        return Dispatch.read(getConnect(), "virDomainHasManagedSaveImage",
                () -> hv().domainHasManagedSaveImage(ref(), flags));
    }

    default void managedSaveRemove(int flags) {
        Dispatch.write(getConnect(), "virDomainManagedSaveRemove", () -> hv().domainManagedSaveRemove(ref(), flags));
    }

    /** virDomainCoreDump: the raw format; errors name virDomainCoreDump. */
    default void coreDump(String path, int flags) {
        Dispatch.write(getConnect(), "virDomainCoreDump", () -> hv().domainCoreDumpWithFormat(ref(),
                absolutePath(requireArg(path, "to", "virDomainCoreDump")), 0, flags));
    }

    default void coreDumpWithFormat(String path, int format, int flags) {
        Dispatch.write(getConnect(), "virDomainCoreDumpWithFormat", () -> hv().domainCoreDumpWithFormat(ref(),
                absolutePath(requireArg(path, "to", "virDomainCoreDumpWithFormat")), format, flags));
    }

    /** virDomainManagedSaveGetXMLDesc; flags: SECURE (1), refused on read-only connections. */
    default String managedSaveGetXMLDesc(int flags) {
        String fn = "virDomainManagedSaveGetXMLDesc";
        return Dispatch.read(getConnect(), fn, () -> {
            denySecureOnReadOnly(getConnect(), flags, fn);
            return hv().domainManagedSaveGetXMLDesc(ref(), flags);
        });
    }

    /** virDomainManagedSaveDefineXML; flags: DomainSaveRestoreFlag RUNNING/PAUSED. */
    default void managedSaveDefineXML(String dxml, int flags) {
        Dispatch.write(getConnect(), "virDomainManagedSaveDefineXML", () -> {
            checkSaveFlags(flags);
            hv().domainManagedSaveDefineXML(ref(), dxml, flags);
        });
    }
}

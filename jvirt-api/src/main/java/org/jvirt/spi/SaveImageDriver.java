package org.jvirt.spi;

/**
 * The save-image entries of the hypervisor driver table (libvirt's virHypervisorDriver fields of the same
 * names): the XML kept in a save file and in a domain's managed save image. {@link HypervisorDriver} extends
 * this, so it stays one table; every entry is optional.
 */
public interface SaveImageDriver {

    /** The domain XML stored in the save file at {@code file} (an absolute path). */
    default String domainSaveImageGetXMLDesc(String file, int flags) {
        throw Unsupported.call("virDomainSaveImageGetXMLDesc");
    }

    /** Replaces the domain XML stored in the save file at {@code file}. */
    default void domainSaveImageDefineXML(String file, String dxml, int flags) {
        throw Unsupported.call("virDomainSaveImageDefineXML");
    }

    default String domainManagedSaveGetXMLDesc(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainManagedSaveGetXMLDesc");
    }

    default void domainManagedSaveDefineXML(DomainRef dom, String dxml, int flags) {
        throw Unsupported.call("virDomainManagedSaveDefineXML");
    }
}

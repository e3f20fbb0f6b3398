package org.jvirt.spi;

import java.util.List;

/**
 * The snapshot entries of the hypervisor driver table (libvirt's virHypervisorDriver fields of the same names),
 * kept in their own file; {@link HypervisorDriver} extends this, so it stays one table. Every entry is optional:
 * the default throws NO_SUPPORT naming the public function. Drivers check their own flags.
 */
public interface DomainSnapshotDriver {

    default DomainSnapshotRef domainSnapshotCreateXML(DomainRef dom, String xmlDesc, int flags) {
        throw Unsupported.call("virDomainSnapshotCreateXML");
    }

    default String domainSnapshotGetXMLDesc(DomainSnapshotRef snapshot, int flags) {
        throw Unsupported.call("virDomainSnapshotGetXMLDesc");
    }

    default int domainSnapshotNum(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainSnapshotNum");
    }

    /** At most {@code maxnames} names. */
    default List<String> domainSnapshotListNames(DomainRef dom, int maxnames, int flags) {
        throw Unsupported.call("virDomainSnapshotListNames");
    }

    default List<DomainSnapshotRef> domainListAllSnapshots(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainListAllSnapshots");
    }

    default int domainSnapshotNumChildren(DomainSnapshotRef snapshot, int flags) {
        throw Unsupported.call("virDomainSnapshotNumChildren");
    }

    default List<String> domainSnapshotListChildrenNames(DomainSnapshotRef snapshot, int maxnames, int flags) {
        throw Unsupported.call("virDomainSnapshotListChildrenNames");
    }

    default List<DomainSnapshotRef> domainSnapshotListAllChildren(DomainSnapshotRef snapshot, int flags) {
        throw Unsupported.call("virDomainSnapshotListAllChildren");
    }

    default DomainSnapshotRef domainSnapshotLookupByName(DomainRef dom, String name, int flags) {
        throw Unsupported.call("virDomainSnapshotLookupByName");
    }

    default boolean domainHasCurrentSnapshot(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainHasCurrentSnapshot");
    }

    default DomainSnapshotRef domainSnapshotGetParent(DomainSnapshotRef snapshot, int flags) {
        throw Unsupported.call("virDomainSnapshotGetParent");
    }

    default DomainSnapshotRef domainSnapshotCurrent(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainSnapshotCurrent");
    }

    default boolean domainSnapshotIsCurrent(DomainSnapshotRef snapshot, int flags) {
        throw Unsupported.call("virDomainSnapshotIsCurrent");
    }

    default boolean domainSnapshotHasMetadata(DomainSnapshotRef snapshot, int flags) {
        throw Unsupported.call("virDomainSnapshotHasMetadata");
    }

    default void domainRevertToSnapshot(DomainSnapshotRef snapshot, int flags) {
        throw Unsupported.call("virDomainRevertToSnapshot");
    }

    default void domainSnapshotDelete(DomainSnapshotRef snapshot, int flags) {
        throw Unsupported.call("virDomainSnapshotDelete");
    }
}

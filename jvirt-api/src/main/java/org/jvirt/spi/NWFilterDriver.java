package org.jvirt.spi;

import java.util.List;
import java.util.UUID;

/** The network filter driver table (libvirt's virNWFilterDriver); every entry optional. */
public interface NWFilterDriver {

    /** A table that supports nothing: the test driver's, as in libvirt 9.0. */
    NWFilterDriver UNSUPPORTED = new NWFilterDriver() {
    };

    default List<NWFilterRef> connectListAllNWFilters(int flags) {
        throw Unsupported.call("virConnectListAllNWFilters");
    }

    default int connectNumOfNWFilters() {
        throw Unsupported.call("virConnectNumOfNWFilters");
    }

    /** virConnectListNWFilters: the names of at most {@code maxnames} filters. */
    default List<String> connectListNWFilters(int maxnames) {
        throw Unsupported.call("virConnectListNWFilters");
    }

    default NWFilterRef nwfilterLookupByName(String name) {
        throw Unsupported.call("virNWFilterLookupByName");
    }

    default NWFilterRef nwfilterLookupByUUID(UUID uuid) {
        throw Unsupported.call("virNWFilterLookupByUUID");
    }

    default NWFilterRef nwfilterDefineXML(String xml) {
        throw Unsupported.call("virNWFilterDefineXML");
    }

    default NWFilterRef nwfilterDefineXMLFlags(String xml, int flags) {
        throw Unsupported.call("virNWFilterDefineXMLFlags");
    }

    default String nwfilterGetXMLDesc(NWFilterRef filter, int flags) {
        throw Unsupported.call("virNWFilterGetXMLDesc");
    }

    default void nwfilterUndefine(NWFilterRef filter) {
        throw Unsupported.call("virNWFilterUndefine");
    }

    default List<NWFilterBindingRef> connectListAllNWFilterBindings(int flags) {
        throw Unsupported.call("virConnectListAllNWFilterBindings");
    }

    default NWFilterBindingRef nwfilterBindingLookupByPortDev(String portdev) {
        throw Unsupported.call("virNWFilterBindingLookupByPortDev");
    }

    default NWFilterBindingRef nwfilterBindingCreateXML(String xml, int flags) {
        throw Unsupported.call("virNWFilterBindingCreateXML");
    }

    default String nwfilterBindingGetXMLDesc(NWFilterBindingRef binding, int flags) {
        throw Unsupported.call("virNWFilterBindingGetXMLDesc");
    }

    default void nwfilterBindingDelete(NWFilterBindingRef binding) {
        throw Unsupported.call("virNWFilterBindingDelete");
    }
}

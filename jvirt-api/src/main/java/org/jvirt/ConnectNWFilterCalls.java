package org.jvirt;

import static org.jvirt.Connect.requireArg;
import static org.jvirt.Connect.uuidArg;

import java.util.List;
import java.util.UUID;
import org.jvirt.spi.NWFilterBindingRef;
import org.jvirt.spi.NWFilterDriver;
import org.jvirt.spi.NWFilterRef;

/**
 * The network filter and filter binding calls of {@link Connect} (libvirt-nwfilter.c). Split out of Connect by
 * concern (DESIGN.md rule 11); Connect alone implements it.
 */
public sealed interface ConnectNWFilterCalls permits Connect {

    private Connect self() {
        return (Connect) this;
    }

    private NWFilterDriver nwfilter() {
        return self().nwfilter();
    }

    default List<NWFilter> listAllNWFilters(int flags) {
        return Dispatch.read(self(), "virConnectListAllNWFilters",
                () -> nwfilter().connectListAllNWFilters(flags).stream().map(r -> new NWFilter(self(), r)).toList());
    }

    /** virConnectListNWFilters: the names of every filter. */
    default List<String> listNWFilters() {
        return Dispatch.read(self(), "virConnectListNWFilters", () -> nwfilter().connectListNWFilters(Integer.MAX_VALUE));
    }

    default int numOfNWFilters() {
        return Dispatch.read(self(), "virConnectNumOfNWFilters", () -> nwfilter().connectNumOfNWFilters());
    }

    default NWFilter nwfilterLookupByName(String name) {
        String fn = "virNWFilterLookupByName";
        return Dispatch.read(self(), fn,
                () -> new NWFilter(self(), nwfilter().nwfilterLookupByName(requireArg(name, "name", fn))));
    }

    default NWFilter nwfilterLookupByUUID(UUID uuid) {
        String fn = "virNWFilterLookupByUUID";
        return Dispatch.read(self(), fn,
                () -> new NWFilter(self(), nwfilter().nwfilterLookupByUUID(requireArg(uuid, "uuid", fn))));
    }

    default NWFilter nwfilterLookupByUUIDString(String uuid) {
        String fn = "virNWFilterLookupByUUIDString";
        return Dispatch.read(self(), fn,
                () -> new NWFilter(self(), nwfilter().nwfilterLookupByUUID(uuidArg(uuid, fn))));
    }

    default NWFilter nwfilterDefineXML(String xml) {
        String fn = "virNWFilterDefineXML";
        return Dispatch.write(self(), fn,
                () -> new NWFilter(self(), nwfilter().nwfilterDefineXML(requireArg(xml, "xmlDesc", fn))));
    }

    /** virNWFilterDefineXMLFlags: flags VALIDATE (1). */
    default NWFilter nwfilterDefineXMLFlags(String xml, int flags) {
        String fn = "virNWFilterDefineXMLFlags";
        return Dispatch.write(self(), fn, () -> new NWFilter(self(),
                nwfilter().nwfilterDefineXMLFlags(requireArg(xml, "xmlDesc", fn), flags)));
    }

    /** A handle on the filter {@code ref} names, without a lookup, for protocol layers. */
    default NWFilter nwfilter(NWFilterRef ref) {
        return new NWFilter(self(), ref);
    }

    default List<NWFilterBinding> listAllNWFilterBindings(int flags) {
        return Dispatch.read(self(), "virConnectListAllNWFilterBindings",
                () -> nwfilter().connectListAllNWFilterBindings(flags).stream().map(r -> new NWFilterBinding(self(), r)).toList());
    }

    default NWFilterBinding nwfilterBindingLookupByPortDev(String portdev) {
        String fn = "virNWFilterBindingLookupByPortDev";
        return Dispatch.read(self(), fn, () -> new NWFilterBinding(self(),
                nwfilter().nwfilterBindingLookupByPortDev(requireArg(portdev, "portdev", fn))));
    }

    default NWFilterBinding nwfilterBindingCreateXML(String xml, int flags) {
        String fn = "virNWFilterBindingCreateXML";
        return Dispatch.write(self(), fn, () -> new NWFilterBinding(self(),
                nwfilter().nwfilterBindingCreateXML(requireArg(xml, "xml", fn), flags)));
    }

    /** A handle on the binding {@code ref} names, without a lookup, for protocol layers. */
    default NWFilterBinding nwfilterBinding(NWFilterBindingRef ref) {
        return new NWFilterBinding(self(), ref);
    }
}

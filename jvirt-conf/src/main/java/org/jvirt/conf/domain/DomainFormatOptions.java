package org.jvirt.conf.domain;

/**
 * How to write a definition: the runtime id (-1 for an inactive domain: no {@code id=} attribute) and the
 * dumpxml flags that matter to the formatter.
 *
 * @param id the running domain's id, or -1
 * @param inactive VIR_DOMAIN_XML_INACTIVE: omit runtime-only state (pty tty paths, live ports)
 * @param secure VIR_DOMAIN_XML_SECURE: include secrets such as graphics passwd
 */
public record DomainFormatOptions(int id, boolean inactive, boolean secure) {

    public static final DomainFormatOptions INACTIVE = new DomainFormatOptions(-1, true, false);

    /** From an id and libvirt's virDomainXMLFlags bits (SECURE=1, INACTIVE=2). */
    public static DomainFormatOptions of(int id, int flags) {
        return new DomainFormatOptions(id, (flags & 2) != 0, (flags & 1) != 0);
    }

    public DomainFormatOptions withSecure(boolean s) {
        return new DomainFormatOptions(id, inactive, s);
    }
}

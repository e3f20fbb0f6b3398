package org.jvirt.conf.network;

import java.util.List;

/**
 * {@code <dns enable forwardPlainNames>} with forwarders, TXT, SRV and host records, each list in document order
 * (libvirt prints the four lists in this order, whatever the input's order).
 *
 * @param enable null when not given
 * @param forwardPlainNames null when not given
 */
public record DnsDef(Boolean enable, Boolean forwardPlainNames, List<Forwarder> forwarders, List<Txt> txts,
        List<Srv> srvs, List<Host> hosts) {

    public DnsDef {
        forwarders = List.copyOf(forwarders);
        txts = List.copyOf(txts);
        srvs = List.copyOf(srvs);
        hosts = List.copyOf(hosts);
    }

    public boolean isEmpty() {
        return enable == null && forwardPlainNames == null && !hasRecords();
    }

    /** Forwarders or records: what {@code enable='no'} forbids and what makes {@code <dns>} a start/end pair. */
    public boolean hasRecords() {
        return !forwarders.isEmpty() || !txts.isEmpty() || !srvs.isEmpty() || !hosts.isEmpty();
    }

    /** {@code <forwarder domain addr/>}: at least one is set; addr is canonical text. */
    public record Forwarder(String domain, String addr) {
    }

    /** {@code <txt name value/>}. */
    public record Txt(String name, String value) {
    }

    /**
     * {@code <srv service protocol domain target port priority weight/>}; the numbers are 0 when not given and
     * then not printed (libvirt cannot tell a given 0 priority or weight from none).
     */
    public record Srv(String service, String protocol, String domain, String target, int port, int priority,
            int weight) {
    }

    /** {@code <host ip><hostname>..</hostname></host>}: ip canonical, at least one non-empty hostname. */
    public record Host(String ip, List<String> hostnames) {
        public Host {
            hostnames = List.copyOf(hostnames);
        }
    }
}

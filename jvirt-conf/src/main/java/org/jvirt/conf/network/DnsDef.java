package org.jvirt.conf.network;

import java.util.List;

/** {@code <dns enable forwardPlainNames>} with forwarders, TXT, SRV and host records, in libvirt's order. */
public record DnsDef(String enable, String forwardPlainNames, List<Forwarder> forwarders, List<Txt> txts,
        List<Srv> srvs, List<Host> hosts) {

    public DnsDef {
        forwarders = List.copyOf(forwarders);
        txts = List.copyOf(txts);
        srvs = List.copyOf(srvs);
        hosts = List.copyOf(hosts);
    }

    public boolean isEmpty() {
        return enable == null && forwardPlainNames == null && forwarders.isEmpty() && txts.isEmpty()
                && srvs.isEmpty() && hosts.isEmpty();
    }

    /** {@code <forwarder domain addr/>}. */
    public record Forwarder(String domain, String addr) {
    }

    /** {@code <txt name value/>}. */
    public record Txt(String name, String value) {
    }

    /** {@code <srv service protocol domain target port priority weight/>}; numbers as written. */
    public record Srv(String service, String protocol, String domain, String target, String port,
            String priority, String weight) {
    }

    /** {@code <host ip><hostname>..</hostname></host>}. */
    public record Host(String ip, List<String> hostnames) {
        public Host {
            hostnames = List.copyOf(hostnames);
        }
    }
}

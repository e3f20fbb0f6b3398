package org.jvirt.driver.remote;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The query parameters only the remote driver reads (doRemoteOpen's EXTRACT_URI_ARG_*): matched without regard
 * to case, the last one wins, and none of them reaches the daemon. Everything else passes through, in order.
 * Some are kept only to be stripped: sshauth, known_hosts and known_hosts_verify serve libvirt's libssh
 * transports, tls_priority and no_sanity its GnuTLS setup.
 */
final class RemoteParams {

    String name;
    String command;
    String socket;
    String auth;
    String sshauth;
    String netcat;
    String keyfile;
    String pkipath;
    String knownHosts;
    String knownHostsVerify;
    String tlsPriority;
    String mode;
    String proxy;
    boolean sanity = true;
    boolean verify = true;
    boolean tty = true;
    final List<RemoteUri.Param> passThrough = new ArrayList<>();

    private RemoteParams() {
    }

    static RemoteParams extract(List<RemoteUri.Param> params) {
        RemoteParams r = new RemoteParams();
        for (RemoteUri.Param p : params) {
            String v = p.value();
            switch (p.name().toLowerCase(java.util.Locale.ROOT)) {
                case "name" -> r.name = v;
                case "command" -> r.command = v;
                case "socket" -> r.socket = v;
                case "auth" -> r.auth = v;
                case "sshauth" -> r.sshauth = v;
                case "netcat" -> r.netcat = v;
                case "keyfile" -> r.keyfile = v;
                case "pkipath" -> r.pkipath = v;
                case "known_hosts" -> r.knownHosts = v;
                case "known_hosts_verify" -> r.knownHostsVerify = v;
                case "tls_priority" -> r.tlsPriority = v;
                case "mode" -> r.mode = v;
                case "proxy" -> r.proxy = v;
                case "no_sanity" -> r.sanity = isZero(p);
                case "no_verify" -> r.verify = isZero(p);
                case "no_tty" -> r.tty = isZero(p);
                case "authfile" -> {
                    // read by libvirt's auth callbacks, never sent
                }
                default -> r.passThrough.add(p);
            }
        }
        return r;
    }

    /** EXTRACT_URI_ARG_BOOL: the value must be an integer (strtol rules); the option is off when it is 0. */
    private static boolean isZero(RemoteUri.Param p) {
        String t = p.value().stripLeading();
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        try {
            return Integer.parseInt(t) == 0;
        } catch (NumberFormatException e) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.REMOTE,
                    "Failed to parse value of URI component %s", p.name());
        }
    }
}

package org.jvirt.driver.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The ssh transport as libvirt 9.0 runs it: the system's ssh client (virNetSocketNewConnectSSH's argv) with a
 * remote command that bridges to the daemon socket (virNetClientSSHHelperCommand): virt-ssh-helper when the
 * remote host has it, else netcat. sshd hands the command to the remote user's shell, which hands it to
 * {@code sh -c}: two shell levels, hence the doubly quoted pieces.
 */
final class SshCommand {

    /** virNetClientProxy. */
    enum Proxy {
        AUTO, NETCAT, NATIVE;

        static Proxy parse(String text) {
            for (Proxy p : values()) {
                if (p.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return p;
                }
            }
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.REMOTE, "Unnkown proxy type '%s'", text);
        }
    }

    private static final String SHELL_SPECIAL = "\r\t\n !\"#$&'()*;<>?[\\]^`{|}~";

    private SshCommand() {
    }

    /** The local argv: never run through a local shell. {@code port}, {@code user}, {@code keyfile} may be null. */
    static List<String> argv(String binary, String host, String port, String user, String keyfile,
                             boolean noTty, boolean noVerify, String remoteCommand) {
        List<String> argv = new ArrayList<>();
        argv.add(binary == null ? "ssh" : binary);
        if (port != null) {
            argv.add("-p");
            argv.add(port);
        }
        if (user != null) {
            argv.add("-l");
            argv.add(user);
        }
        if (keyfile != null) {
            argv.add("-i");
            argv.add(keyfile);
        }
        argv.addAll(List.of("-T", "-e", "none"));
        if (noTty) {
            argv.addAll(List.of("-o", "BatchMode=yes"));
        }
        if (noVerify) {
            argv.addAll(List.of("-o", "StrictHostKeyChecking=no"));
        }
        argv.add("--");
        argv.add(host);
        argv.add(remoteCommand);
        return List.copyOf(argv);
    }

    /**
     * The remote command. A netcat path given in the URI means the user wants netcat, so AUTO becomes NETCAT.
     * The socket path is inserted unquoted, as libvirt does.
     */
    static String remote(Proxy proxy, String netcat, String socketPath, String driverUri, boolean readOnly) {
        String nc = doubleEscape(netcat == null ? "nc" : netcat);
        String uri = doubleEscape(driverUri);
        if (proxy == Proxy.AUTO && netcat != null) {
            proxy = Proxy.NETCAT;
        }
        String ncCommand = "if '" + nc + "' -q 2>&1 | grep \"requires an argument\" >/dev/null 2>&1; then "
                + "ARG=-q0;else ARG=;fi;'" + nc + "' $ARG -U " + socketPath;
        String helper = "virt-ssh-helper" + (readOnly ? " -r " : " ") + "'" + uri + "'";
        return switch (proxy) {
            case AUTO -> "sh -c 'which virt-ssh-helper 1>/dev/null 2>&1; if test $? = 0; then     " + helper
                    + "; else    " + ncCommand + "; fi'";
            case NETCAT -> "sh -c '" + ncCommand + "'";
            case NATIVE -> {
                if (netcat != null) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.RPC,
                            "netcat path not valid with native proxy mode");
                }
                yield "sh -c '" + helper + "'";
            }
        };
    }

    static String doubleEscape(String s) {
        return shellEscape(shellEscape(s));
    }

    /** virBufferEscapeShell: single-quote only when the text has shell metacharacters; ' becomes '\''. */
    static String shellEscape(String s) {
        if (s.isEmpty()) {
            return "''";
        }
        boolean special = false;
        for (int i = 0; i < s.length() && !special; i++) {
            special = SHELL_SPECIAL.indexOf(s.charAt(i)) >= 0;
        }
        if (!special) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}

package org.jvirt.virsh;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/**
 * The shell's state (vsh's vshControl + virshControl): output streams, flags, the connection, and the
 * command loop (vshCommandRun) with virsh's error reporting.
 */
public final class Shell {

    /** Commands that run without a connection (VSH_CMD_FLAG_NOCONNECT). */
    private static final Set<String> NOCONNECT = Set.of("cd", "echo", "exit", "help", "pwd", "quit", "connect");

    final PrintStream out;
    final PrintStream err;
    boolean quiet;
    boolean timing;
    boolean readonly;
    boolean imode;
    String connname;
    Connect conn;
    int keepaliveInterval = -1;
    /** -e/--escape: the console's escape sequence, "^]" unless given. */
    String escapeChar = "^]";
    /** The shell's standard input (System.in, or the stream a test hands to {@link Main#run}). */
    java.io.InputStream in = System.in;
    private final java.util.Map<String, String> env;

    Shell(PrintStream out, PrintStream err, java.util.Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** An environment variable as the shell sees it (the process's, or the one given to {@link Main#run}). */
    public String getenv(String name) {
        return env.get(name);
    }

    public PrintStream out() {
        return out;
    }

    /** Standard input: the console copies it to the guest. */
    public java.io.InputStream in() {
        return in;
    }

    /** The console's escape sequence as virsh writes it ("^]" or one printable character). */
    public String escapeChar() {
        return escapeChar;
    }

    /** vshPrint. */
    public void print(String s) {
        out.print(s);
    }

    public void printf(String fmt, Object... args) {
        out.print(String.format(fmt, args));
    }

    /** vshPrintExtra: suppressed by --quiet. */
    public void printExtra(String s) {
        if (!quiet) {
            out.print(s);
        }
    }

    /**
     * The last line of virsh's job progress (virshPrintJobProgress at 100 %), which --verbose shows on stderr when
     * a save or dump job ends; no newline, as virsh leaves it.
     */
    public void jobDone(Invocation cmd, String label) {
        if (cmd.has("verbose")) {
            out.flush();
            err.print("\r" + label + ": [100 %]");
            err.flush();
        }
    }

    /** vshError: "error: ..." on stderr. */
    public void error(String msg) {
        out.flush();
        err.print("error: " + msg + "\n");
        err.flush();
    }

    public boolean isQuiet() {
        return quiet;
    }

    public boolean isInteractive() {
        return imode;
    }

    public void setInteractive(boolean imode) {
        this.imode = imode;
    }

    public boolean isReadonly() {
        return readonly;
    }

    public Connect conn() {
        return conn;
    }

    public String connname() {
        return connname;
    }

    /** vshCommandRun: runs each command; the result is that of the last one. */
    boolean runAll(List<Invocation> cmds) {
        boolean ret = true;
        for (Invocation inv : cmds) {
            long before = System.nanoTime();
            if (NOCONNECT.contains(inv.name()) || ensureConnected()) {
                ret = runOne(inv);
            } else {
                ret = false;
            }
            long after = System.nanoTime();
            if (inv.name().equals("quit") || inv.name().equals("exit")) {
                return ret;
            }
            if (timing) {
                out.print(String.format("\n(Time: %.3f ms)\n\n", (after - before) / 1_000_000.0));
            } else {
                printExtra("\n");
            }
        }
        out.flush();
        return ret;
    }

    private boolean runOne(Invocation inv) {
        try {
            Command c = Commands.create(inv.name());
            return c.run(this, inv);
        } catch (OptionException e) {
            error(e.getMessage());
            if (e.libvirtError() != null) {
                report(e.libvirtError());
            }
        } catch (VirtException e) {
            report(e);
        }
        return false;
    }

    /**
     * virsh's own message for a failed call; the libvirt error is then reported after it when the command
     * ends (vshReportError), so callers write {@code throw sh.fail("...", e)}.
     */
    public VirtException fail(String msg, VirtException e) {
        error(msg);
        return e;
    }

    /**
     * The act-and-report pattern of the object commands: applies {@code action}, then prints {@code ok}, or
     * reports {@code failed} followed by the libvirt error; both messages take the object's name as the user
     * typed it through %s, as virsh does.
     */
    public <T> boolean act(T obj, String name, java.util.function.Consumer<T> action, String ok, String failed) {
        try {
            action.accept(obj);
        } catch (VirtException e) {
            throw fail(String.format(failed, name), e);
        }
        printExtra(String.format(ok, name));
        return true;
    }

    /** vshReportError of a libvirt error. */
    public void report(VirtException e) {
        error(e.getMessage() == null ? "unknown error" : e.getMessage());
    }

    /** virshConnectionHandler: (re)connects lazily with the current name. */
    boolean ensureConnected() {
        if (conn != null) {
            return true;
        }
        return reconnect(connname, readonly);
    }

    /** virshReconnect: replaces the connection; reports "failed to connect to the hypervisor" on failure. */
    boolean reconnect(String name, boolean ro) {
        if (conn != null) {
            conn.close();
            conn = null;
        }
        try {
            conn = ro ? Connect.openReadOnly(name) : Connect.open(name);
        } catch (VirtException e) {
            error("failed to connect to the hypervisor");
            report(e);
            return false;
        }
        if (keepaliveInterval > 0) {
            // our API has no keepalive: like virsh when virConnectSetKeepAlive is unsupported and -k was given
            conn.close();
            conn = null;
            error("Cannot setup keepalive on connection as requested, disconnecting");
            error("failed to connect to the hypervisor");
            error("this function is not supported by the connection driver: virConnectSetKeepAlive");
            return false;
        }
        connname = name;
        readonly = ro;
        return true;
    }

    void close() {
        if (conn != null) {
            conn.close();
            conn = null;
        }
        out.flush();
        err.flush();
    }

    // ---- lookups shared by the commands (virsh-util.c / virsh-network.c) ----

    /** virshCommandOptDomain: by ID, then UUID, then name; null after "failed to get domain 'x'". */
    public Domain domain(Invocation cmd) {
        return domain(cmd, "domain");
    }

    public Domain domain(Invocation cmd, String opt) {
        String name = cmd.string(opt);
        if (name == null) {
            return null;
        }
        return lookupDomain(name);
    }

    public static final int BY_ID = 1;
    public static final int BY_UUID = 2;
    public static final int BY_NAME = 4;

    public Domain lookupDomain(String name) {
        return lookupDomain(name, BY_ID | BY_UUID | BY_NAME);
    }

    /** virshLookupDomainBy: the lookup error is dropped, only virsh's own message remains. */
    public Domain lookupDomain(String name, int by) {
        Domain dom = null;
        Integer id = (by & BY_ID) != 0 ? parseId(name) : null;
        if (id != null && id >= 0) {
            dom = tryLookup(() -> conn.domainLookupByID(id));
        }
        if (dom == null && (by & BY_UUID) != 0 && name.length() == 36) {
            dom = tryLookup(() -> conn.domainLookupByUUIDString(name));
        }
        if (dom == null && (by & BY_NAME) != 0) {
            dom = tryLookup(() -> conn.domainLookupByName(name));
        }
        if (dom == null) {
            error("failed to get domain '" + name + "'");
        }
        return dom;
    }

    /** virshCommandOptNetwork: by UUID, then name. */
    public Network network(Invocation cmd) {
        return network(cmd, BY_UUID | BY_NAME);
    }

    /**
     * Unlike domains, virsh keeps the lookup's libvirt error here: it is reported after
     * "failed to get network 'x'".
     */
    public Network network(Invocation cmd, int by) {
        String name = cmd.string("network");
        VirtException last = null;
        if ((by & BY_UUID) != 0 && name.length() == 36) {
            try {
                return conn.networkLookupByUUIDString(name);
            } catch (VirtException e) {
                last = e;
            }
        }
        if ((by & BY_NAME) != 0) {
            try {
                return conn.networkLookupByName(name);
            } catch (VirtException e) {
                last = e;
            }
        }
        error("failed to get network '" + name + "'");
        if (last != null) {
            throw last;
        }
        return null;
    }

    private static <T> T tryLookup(java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (VirtException e) {
            return null;
        }
    }

    /** virStrToLong_i: optional blanks and sign, decimal digits, nothing after. */
    static Integer parseId(String s) {
        String t = s.stripLeading();
        try {
            return Integer.parseInt(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

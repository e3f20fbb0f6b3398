package org.jvirt.error;

import java.io.PrintStream;

/**
 * virDefaultErrorFunc: what libvirt does with an error when neither the connection nor the library has an error
 * listener: one line on stderr, "libvirt: DOMAIN LEVEL : MESSAGE" (the domain's display name from
 * virErrorDomain's string table; a message that ends in a newline gets no second one). Programs that report
 * errors themselves (virsh, libvirtd; here jvirsh and jvirtd) install a listener and never see this.
 */
public final class DefaultErrorPrinter {

    /** libvirt 9.0's VIR_ENUM_IMPL(virErrorDomain, ...) strings, by value. */
    private static final String[] DOMAINS = {
        "", "Xen Driver", "Xen Daemon", "Xen Store", "S-Expression",
        "XML Util", "Domain", "XML-RPC", "Proxy Daemon", "Config File",
        "QEMU Driver", "Network", "Test Driver", "Remote Driver", "OpenVZ Driver",
        "Xen XM Driver", "Linux Statistics", "LXC Driver", "Storage Driver", "Network Driver",
        "Domain Config", "User Mode Linux Driver", "Node Device Driver", "Xen Inotify Driver", "Security Driver",
        "VirtualBox Driver", "Network Interface Driver", "Open Nebula Driver", "ESX Driver", "Power Hypervisor Driver",
        "Secrets Driver", "CPU Driver", "XenAPI Driver", "Network Filter Driver", "Lifecycle Hook",
        "Domain Snapshot", "Audit Utils", "Sysinfo Utils", "I/O Stream Utils", "VMware Driver",
        "Event Loop", "Xen Light Driver", "Lock Driver", "Hyper-V Driver", "Capabilities Utils",
        "URI Utils", "Authentication Utils", "DBus Utils", "Parallels Cloud Server", "Device Config",
        "SSH transport layer", "Lock Space", "Init control", "Identity", "Cgroup",
        "Access Manager", "Systemd", "Bhyve", "Crypto", "Firewall",
        "Polkit", "Thread jobs", "Admin Interface", "Log Manager", "Xen XL Config",
        "Perf", "Libssh transport layer", "Resource control", "FirewallD", "Domain Checkpoint",
        "TPM", "BPF", "Cloud-Hypervisor Driver",
    };

    private DefaultErrorPrinter() {
    }

    /** The display name of an error domain ("Unknown" past the table's end). */
    public static String domainName(ErrorDomain domain) {
        int v = domain.value();
        return v >= 0 && v < DOMAINS.length ? DOMAINS[v] : "Unknown";
    }

    /** The text virDefaultErrorFunc writes for {@code error}, or null when there is nothing to write. */
    public static String format(VirtError error) {
        if (error == null || error.code() == ErrorCode.OK) {
            return null;
        }
        String lvl = switch (error.level()) {
            case NONE -> "";
            case WARNING -> "warning";
            case ERROR -> "error";
        };
        String msg = error.message() == null ? "" : error.message();
        String head = "libvirt: " + domainName(error.domain()) + " " + lvl + " : ";
        if (error.domain() == ErrorDomain.XML && error.code() == ErrorCode.XML_DETAIL && error.int1() != 0) {
            return head + "line " + error.int1() + ": " + msg;
        }
        return head + msg + (msg.endsWith("\n") ? "" : "\n");
    }

    public static void print(VirtError error, PrintStream err) {
        String text = format(error);
        if (text != null) {
            err.print(text);
            err.flush();
        }
    }
}

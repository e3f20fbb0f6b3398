package org.jvirt;

import java.util.Optional;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.ConnectDriverProvider;
import org.jvirt.spi.ConnectUri;

/** Finds the driver for a URI: providers by scheme first, the wildcard (remote) last (DESIGN.md rule 2). */
final class Drivers {

    private Drivers() {
    }

    /** The process's providers, found on first use (the JVM's lazy class initialization makes this thread-safe). */
    private static final class Providers {
        static final ProviderList LIST = ProviderList.of(System.getProperty(ProviderList.PROPERTY),
                Drivers.class.getClassLoader());
    }

    static ConnectDriver open(ConnectUri uri, int flags) {
        return open(Providers.LIST, uri, flags);
    }

    /**
     * Providers are reached in class-path order and instantiated only on the way: a URI whose scheme provider
     * opens it never constructs the providers after that one. Wildcards need the whole list, so they come last.
     */
    static ConnectDriver open(ProviderList list, ConnectUri uri, int flags) {
        for (boolean wildcard : new boolean[] {false, true}) {
            ConnectDriverProvider p;
            for (int i = 0; (p = list.get(i)) != null; i++) {
                boolean matches = wildcard ? p.uriSchemes().isEmpty() : p.uriSchemes().contains(uri.driver());
                if (matches) {
                    Optional<ConnectDriver> d = p.connectOpen(uri, flags);
                    if (d.isPresent()) {
                        return d.get();
                    }
                }
            }
        }
        throw VirtException.of(ErrorCode.NO_CONNECT, ErrorDomain.NONE, uri.text());
    }

    /** libvirt's choice when no URI is given: LIBVIRT_DEFAULT_URI, else the QEMU driver for this user. */
    static String defaultUri() {
        String env = System.getenv("LIBVIRT_DEFAULT_URI");
        if (env != null && !env.isEmpty()) {
            return env;
        }
        return "root".equals(System.getProperty("user.name")) ? "qemu:///system" : "qemu:///session";
    }
}

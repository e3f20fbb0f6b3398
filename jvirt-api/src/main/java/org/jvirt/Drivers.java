package org.jvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.ConnectDriverProvider;
import org.jvirt.spi.ConnectUri;

/** Finds the driver for a URI: providers by scheme first, the wildcard (remote) last (DESIGN.md rule 2). */
final class Drivers {

    private static volatile List<ConnectDriverProvider> providers;

    private Drivers() {
    }

    static ConnectDriver open(ConnectUri uri, int flags) {
        for (boolean wildcard : new boolean[] {false, true}) {
            for (ConnectDriverProvider p : providers()) {
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

    private static List<ConnectDriverProvider> providers() {
        List<ConnectDriverProvider> list = providers;
        if (list == null) {
            list = new ArrayList<>();
            for (ConnectDriverProvider p : ServiceLoader.load(ConnectDriverProvider.class, Drivers.class.getClassLoader())) {
                list.add(p);
            }
            providers = list = List.copyOf(list);
        }
        return list;
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

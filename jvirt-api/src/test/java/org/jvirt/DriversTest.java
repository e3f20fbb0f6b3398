package org.jvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.Set;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.ConnectDriverProvider;
import org.jvirt.spi.ConnectUri;
import org.jvirt.spi.HypervisorDriver;
import org.junit.jupiter.api.Test;

class DriversTest {

    /** A provider that records, in the shared log, when it is constructed and when it is asked to open. */
    private record Recording(String name, Set<String> schemes, boolean accepts, List<String> log)
            implements ConnectDriverProvider {

        @Override
        public Set<String> uriSchemes() {
            return schemes;
        }

        @Override
        public Optional<ConnectDriver> connectOpen(ConnectUri uri, int flags) {
            log.add("open " + name);
            if (!accepts) {
                return Optional.empty();
            }
            HypervisorDriver hv = new HypervisorDriver() {
                @Override
                public String connectGetType() {
                    return name;
                }
            };
            return Optional.of(new ConnectDriver() {
                @Override
                public HypervisorDriver hypervisor() {
                    return hv;
                }

                @Override
                public void close() {
                }
            });
        }
    }

    /** The providers, constructed (and logged) one at a time as the list asks for them. */
    private static ProviderList lazily(List<String> log, Recording... providers) {
        Iterator<Recording> it = List.of(providers).iterator();
        return new ProviderList(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public ConnectDriverProvider next() {
                Recording r = it.next();
                log.add("new " + r.name());
                return r;
            }
        });
    }

    @Test
    void schemeProviderFoundWithoutConstructingTheOnesAfterIt() {
        List<String> log = new ArrayList<>();
        ProviderList list = lazily(log,
                new Recording("remote", Set.of(), true, log),
                new Recording("test", Set.of("test"), true, log),
                new Recording("qemu", Set.of("qemu"), true, log));
        ConnectDriver d = Drivers.open(list, ConnectUri.parse("test:///default"), 0);
        assertThat(d.hypervisor().connectGetType()).isEqualTo("test");
        // the wildcard before it is constructed (class-path order) but not asked; qemu is never constructed
        assertThat(log).containsExactly("new remote", "new test", "open test");
    }

    @Test
    void wildcardIsTriedLastAfterEveryDecliningSchemeProvider() {
        List<String> log = new ArrayList<>();
        ProviderList list = lazily(log,
                new Recording("remote", Set.of(), true, log),
                new Recording("test", Set.of("test"), false, log),
                new Recording("other", Set.of("test"), false, log));
        ConnectDriver d = Drivers.open(list, ConnectUri.parse("test://host/default"), 0);
        assertThat(d.hypervisor().connectGetType()).isEqualTo("remote");
        assertThat(log).containsExactly("new remote", "new test", "open test", "new other", "open other",
                "open remote");
        // constructed once: a second lookup reuses the instances
        log.clear();
        Drivers.open(list, ConnectUri.parse("test://host/default"), 0);
        assertThat(log).containsExactly("open test", "open other", "open remote");
    }

    @Test
    void noProviderForTheUriIsNoConnect() {
        List<String> log = new ArrayList<>();
        ProviderList list = lazily(log, new Recording("test", Set.of("test"), true, log));
        assertThatThrownBy(() -> Drivers.open(list, ConnectUri.parse("xen:///system"), 0))
                .isInstanceOfSatisfying(VirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_CONNECT));
        assertThat(log).containsExactly("new test");
    }

    @Test
    void namedProvidersAreInstantiatedInListOrderWithoutTheClassPathScan() {
        ProviderList list = ProviderList.of(" org.jvirt.FakeDriverProvider ,", DriversTest.class.getClassLoader());
        assertThat(list.get(0)).isInstanceOf(FakeDriverProvider.class);
        assertThat(list.get(1)).isNull();
        ConnectDriver d = Drivers.open(list, ConnectUri.parse("fake:///default"), 0);
        assertThat(d.hypervisor().connectGetType()).isEqualTo("Fake");
    }

    @Test
    void aNamedProviderThatCannotBeLoadedIsAConfigurationError() {
        ProviderList missing = ProviderList.of("org.jvirt.NoSuchProvider", DriversTest.class.getClassLoader());
        assertThatThrownBy(() -> missing.get(0)).isInstanceOf(ServiceConfigurationError.class)
                .hasMessageContaining("org.jvirt.NoSuchProvider").hasMessageContaining("-Djvirt.drivers");
        ProviderList notAProvider = ProviderList.of("java.lang.String", DriversTest.class.getClassLoader());
        assertThatThrownBy(() -> notAProvider.get(0)).isInstanceOf(ServiceConfigurationError.class);
    }

    @Test
    void withoutTheListServiceLoaderFindsTheClassPathProviders() {
        ProviderList list = ProviderList.of(null, DriversTest.class.getClassLoader());
        assertThat(list.get(0)).isInstanceOf(FakeDriverProvider.class);
    }
}

package org.jvirt;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jvirt.spi.ConnectDriverProvider;

/**
 * The process's driver providers in class-path order, each instantiated only when a lookup first reaches it, so
 * opening test:///default does not construct providers that come after the test driver.
 */
final class ProviderList {

    /**
     * System property: the provider class names, comma-separated, in class-path order. When set, they replace
     * ServiceLoader's class-path scan, which opens every jar on the class path to look for
     * META-INF/services files (milliseconds of a one-shot jvirsh run; bin/jvirsh records the list that scan gives
     * whenever it retrains its AOT cache, i.e. whenever the class path changes).
     */
    static final String PROPERTY = "jvirt.drivers";

    private final Iterator<ConnectDriverProvider> source;
    private final List<ConnectDriverProvider> loaded = new ArrayList<>();

    ProviderList(Iterator<ConnectDriverProvider> source) {
        this.source = source;
    }

    /** The providers named by {@link #PROPERTY}, else those ServiceLoader finds with the given loader. */
    static ProviderList of(String names, ClassLoader loader) {
        if (names == null || names.isBlank()) {
            return new ProviderList(ServiceLoader.load(ConnectDriverProvider.class, loader).iterator());
        }
        return new ProviderList(new Named(names.split(","), loader));
    }

    /** The i-th provider (from 0), instantiated now if no lookup needed it before; null past the last one. */
    synchronized ConnectDriverProvider get(int i) {
        while (loaded.size() <= i) {
            if (!source.hasNext()) {
                return null;
            }
            loaded.add(source.next());
        }
        return loaded.get(i);
    }

    /** Instantiates listed classes as ServiceLoader does class-path providers: with the public no-arg constructor. */
    private static final class Named implements Iterator<ConnectDriverProvider> {

        private final String[] names;
        private final ClassLoader loader;
        private int next;

        Named(String[] names, ClassLoader loader) {
            this.names = names;
            this.loader = loader;
        }

        @Override
        public boolean hasNext() {
            while (next < names.length && names[next].isBlank()) {
                next++;
            }
            return next < names.length;
        }

        @Override
        public ConnectDriverProvider next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String name = names[next++].strip();
            try {
                return Class.forName(name, false, loader).asSubclass(ConnectDriverProvider.class)
                        .getConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throw new ServiceConfigurationError(ConnectDriverProvider.class.getName() + ": provider " + name
                        + " (from -D" + PROPERTY + ") could not be instantiated", e);
            }
        }
    }
}

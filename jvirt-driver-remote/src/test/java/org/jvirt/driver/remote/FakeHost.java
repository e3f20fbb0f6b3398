package org.jvirt.driver.remote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A {@link RemoteHost} whose uid, environment and existing files a test sets. */
final class FakeHost implements RemoteHost {

    int euid;
    final Map<String, String> env = new HashMap<>();
    final Set<String> files = new HashSet<>();

    FakeHost(int euid) {
        this.euid = euid;
    }

    @Override
    public int euid() {
        return euid;
    }

    @Override
    public String getenv(String name) {
        return env.get(name);
    }

    @Override
    public boolean exists(String path) {
        return files.contains(path);
    }

    @Override
    public String home() {
        return "/home/u";
    }
}

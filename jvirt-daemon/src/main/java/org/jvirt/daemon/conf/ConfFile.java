package org.jvirt.daemon.conf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed config file with libvirt's typed getters (virConfGetValueString, ...Bool, ...UInt, ...Int,
 * ...StringList): a missing key is empty, a key of the wrong type is an error worded as libvirt words it.
 * Unknown keys are simply never asked for, so they are ignored as libvirtd ignores them. When a key
 * appears twice the first one counts, as in libvirt.
 */
public final class ConfFile {

    /** libvirt's sanity limit on a config file's size. */
    static final long MAX_SIZE = 10L * 1024 * 1024;

    record Entry(String name, ConfValue value, int line) {
    }

    private final String file;
    private final List<Entry> entries;

    ConfFile(String file, List<Entry> entries) {
        this.file = file;
        this.entries = List.copyOf(entries);
    }

    public static ConfFile read(Path path) throws ConfigException {
        String name = path.toString();
        try {
            if (Files.size(path) > MAX_SIZE) {
                throw new ConfigException("File '" + name + "' is too large");
            }
            return parse(name, Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ConfigException("Failed to open file '" + name + "': No such file or directory");
        } catch (IOException e) {
            throw new ConfigException("Failed to open file '" + name + "': " + e.getMessage(), e);
        }
    }

    public static ConfFile parse(String fileName, String text) throws ConfigException {
        return ConfParser.parse(fileName, text);
    }

    public String fileName() {
        return file;
    }

    /** Every key in file order (duplicates included). */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.name());
        }
        return out;
    }

    Optional<ConfValue> value(String key) {
        for (Entry e : entries) {
            if (e.name().equals(key)) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }

    public Optional<String> string(String key) throws ConfigException {
        Optional<ConfValue> v = value(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof ConfValue.Str s) {
            return Optional.of(s.value());
        }
        throw wrongType("expected a string for '" + key + "' parameter");
    }

    public Optional<Boolean> bool(String key) throws ConfigException {
        Optional<ConfValue> v = value(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!(v.get() instanceof ConfValue.Num n) || n.negative()) {
            throw wrongType("expected a bool for '" + key + "' parameter");
        }
        if (n.value() != 0 && n.value() != 1) {
            throw wrongType("value for '" + key + "' parameter must be 0 or 1");
        }
        return Optional.of(n.value() == 1);
    }

    /** An unsigned int (0..4294967295), returned as a long. */
    public Optional<Long> uint(String key) throws ConfigException {
        Optional<ConfValue> v = value(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!(v.get() instanceof ConfValue.Num n) || n.negative()) {
            throw wrongType("expected an unsigned integer for '" + key + "' parameter");
        }
        if (Long.compareUnsigned(n.value(), 0xffffffffL) > 0) {
            throw wrongType("value for '" + key + "' parameter must be in range 0:4294967295");
        }
        return Optional.of(n.value());
    }

    public Optional<Integer> integer(String key) throws ConfigException {
        Optional<ConfValue> v = value(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!(v.get() instanceof ConfValue.Num n)) {
            throw wrongType("expected a signed integer for '" + key + "' parameter");
        }
        boolean fits = n.negative() ? n.value() >= Integer.MIN_VALUE : Long.compareUnsigned(n.value(), Integer.MAX_VALUE) <= 0;
        if (!fits) {
            throw wrongType("value for '" + key + "' parameter must be in range " + Integer.MIN_VALUE + ":" + Integer.MAX_VALUE);
        }
        return Optional.of((int) n.value());
    }

    public Optional<List<String>> stringList(String key) throws ConfigException {
        Optional<ConfValue> v = value(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof ConfValue.ListValue l) {
            List<String> out = new ArrayList<>();
            for (ConfValue item : l.items()) {
                if (!(item instanceof ConfValue.Str s)) {
                    throw new ConfigException("configuration file syntax error: " + file
                            + ": expected a string list for '" + key + "' parameter");
                }
                out.add(s.value());
            }
            return Optional.of(List.copyOf(out));
        }
        throw wrongType("expected a string list for '" + key + "' parameter");
    }

    private ConfigException wrongType(String what) {
        return new ConfigException("internal error: " + file + ": " + what);
    }
}

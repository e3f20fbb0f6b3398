package org.jvirt.core.cpu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads cpu-map.txt, jvirt's compact form of libvirt's CPU map (written by src/test/scripts/gen-cpu-map.py): one
 * record per line, the first word naming the CPU driver the record belongs to.
 */
final class CpuMapFile {

    private CpuMapFile() {
    }

    /** The records of one driver ("x86", "ppc64") in file order, each split into words without the driver word. */
    static List<String[]> records(String driver) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = CpuMapFile.class.getResourceAsStream("cpu-map.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] words = line.split(" ");
                if (words[0].equals(driver)) {
                    out.add(java.util.Arrays.copyOfRange(words, 1, words.length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The value of a {@code key=value} word, null when the record lacks the key or says "-". */
    static String value(String[] record, String key) {
        for (String w : record) {
            if (w.startsWith(key + "=")) {
                String v = w.substring(key.length() + 1);
                return v.equals("-") ? null : v;
            }
        }
        return null;
    }

    /** A comma list value as a list (empty when absent). */
    static List<String> list(String[] record, String key) {
        String v = value(record, key);
        return v == null ? List.of() : List.of(v.split(","));
    }
}

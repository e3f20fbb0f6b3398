package org.jvirt.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesCreatesParentsAndReplaces() throws Exception {
        Path f = dir.resolve("a/b/dom.xml");
        AtomicFiles.writeString(f, "one");
        assertThat(Files.readString(f)).isEqualTo("one");
        AtomicFiles.writeString(f, "two");
        assertThat(Files.readString(f)).isEqualTo("two");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        try (Stream<Path> s = Files.list(f.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly("dom.xml");
        }
    }

    @Test
    void replacingKeepsTheInodeOfNeitherHalf() throws Exception {
        Path f = dir.resolve("x");
        AtomicFiles.writeString(f, "old");
        Object before = Files.getAttribute(f, "unix:ino");
        AtomicFiles.writeString(f, "new");
        assertThat(Files.getAttribute(f, "unix:ino")).as("a rename, not an in-place rewrite").isNotEqualTo(before);
    }

    @Test
    void delete() throws Exception {
        Path f = dir.resolve("x");
        assertThat(AtomicFiles.delete(f)).isFalse();
        AtomicFiles.writeString(f, "x");
        assertThat(AtomicFiles.delete(f)).isTrue();
        assertThat(f).doesNotExist();
    }
}

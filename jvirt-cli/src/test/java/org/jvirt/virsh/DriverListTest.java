package org.jvirt.virsh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver list bin/jvirsh records: what ServiceLoader finds on jvirsh's class path, on one line. */
class DriverListTest {

    @Test
    void writesTheClassPathProvidersCommaSeparated(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("drivers");
        DriverList.main(new String[] {out.toString()});
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n").doesNotContain(" ");
        assertThat(text.strip().split(",")).contains("org.jvirt.driver.test.TestDriverProvider");
    }
}

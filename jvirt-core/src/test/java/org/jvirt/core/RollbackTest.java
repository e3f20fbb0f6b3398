package org.jvirt.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollbackTest {

    @Test
    void undoesNewestFirstWhenNotCommitted() {
        List<String> log = new ArrayList<>();
        try (Rollback rb = new Rollback()) {
            rb.add("a", () -> log.add("undo a"));
            rb.add("b", () -> log.add("undo b"));
            rb.add("c", () -> log.add("undo c"));
        }
        assertThat(log).containsExactly("undo c", "undo b", "undo a");
    }

    @Test
    void commitKeepsEverything() {
        List<String> log = new ArrayList<>();
        try (Rollback rb = new Rollback()) {
            rb.add("a", () -> log.add("undo a"));
            rb.commit();
        }
        assertThat(log).isEmpty();
    }

    @Test
    void aFailingUndoDoesNotStopTheOthers() {
        List<String> log = new ArrayList<>();
        Rollback rb = new Rollback();
        rb.add("a", () -> log.add("undo a"));
        rb.add("boom", () -> {
            throw new IllegalStateException("boom");
        });
        rb.add("c", () -> log.add("undo c"));
        rb.close();
        assertThat(log).containsExactly("undo c", "undo a");
        assertThat(rb.failures()).singleElement().extracting(Throwable::getMessage).isEqualTo("boom");
        rb.close(); // idempotent
        assertThat(log).hasSize(2);
    }

    @Test
    void theCallersExceptionSurvivesTheRollback() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (Rollback rb = new Rollback()) {
                rb.add("a", () -> log.add("undo a"));
                throw new IllegalArgumentException("start failed");
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("start failed").hasNoSuppressedExceptions();
        assertThat(log).containsExactly("undo a");
    }

    @Test
    void noAddAfterClose() {
        Rollback rb = new Rollback();
        rb.close();
        assertThatThrownBy(() -> rb.add("late", () -> { })).isInstanceOf(IllegalStateException.class);
    }
}

package org.jvirt.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.jvirt.DomainState;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

class DomainObjListTest {

    static DomainDef def(String name, UUID uuid) {
        return new DomainDef.Builder().type("test").name(name).uuid(uuid).memoryKiB(1024).currentMemoryKiB(1024).build();
    }

    @Test
    void addLookupConflictsAndFilters() {
        DomainObjList l = new DomainObjList();
        UUID u = UUID.randomUUID();
        DomainObj a = l.add(def("a", u), 0).obj();
        a.setPersistent(true);
        a.unlock();
        assertThat(l.findByName("a")).isSameAs(a);
        assertThat(l.findByUUID(u)).isSameAs(a);
        assertThatThrownBy(() -> l.add(def("b", u), 0)).isInstanceOf(VirtException.class)
                .hasMessage("operation failed: domain 'a' is already defined with uuid " + u);
        assertThatThrownBy(() -> l.add(def("a", UUID.randomUUID()), 0))
                .hasMessage("operation failed: domain 'a' already exists with uuid " + u);
        a.lock();
        l.setActive(a, 7);
        a.setState(DomainState.RUNNING, 1);
        a.unlock();
        assertThat(l.findByID(7)).isSameAs(a);
        assertThat(l.listAll(1)).containsExactly(a);
        assertThat(l.listAll(2)).isEmpty();
        assertThat(l.listAll(16 | 4)).containsExactly(a);
        assertThatThrownBy(() -> l.add(def("a", u), DomainObjList.ADD_LIVE | DomainObjList.ADD_CHECK_LIVE))
                .hasMessage("Requested operation is not valid: domain 'a' is already active");
        a.lock();
        l.remove(a);
        a.unlock();
        assertThat(l.findByID(7)).isNull();
        assertThat(l.size()).isZero();
    }
}

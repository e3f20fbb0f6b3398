package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code <iothreads>} and {@code <iothreadids>} as the IOThread calls edit them: the ids in document order; the
 * count follows the list (libvirt's def->niothreadids), and no list means no element.
 */
public final class IOThreadIds {

    private IOThreadIds() {
    }

    /** The ids of {@code <iothreadids>} in order (empty when absent). */
    public static List<Long> ids(DomainExtrasDef x) {
        List<Long> out = new ArrayList<>();
        if (x.iothreadids() != null) {
            for (XmlNode c : x.iothreadids().children()) {
                out.add(Long.parseLong(c.attr("id")));
            }
        }
        return out;
    }

    /** The extras with this IOThread appended. */
    public static DomainExtrasDef add(DomainExtrasDef x, long id) {
        List<XmlNode> kids = x.iothreadids() == null ? new ArrayList<>() : new ArrayList<>(x.iothreadids().children());
        kids.add(new XmlNode("iothread", List.of("id", Long.toString(id)), null, List.of()));
        return x.withIOThreads(kids.size(), new XmlNode("iothreadids", List.of(), null, kids));
    }

    /** The extras without this IOThread, and without its pin. */
    public static DomainExtrasDef remove(DomainExtrasDef x, long id) {
        List<XmlNode> kids = new ArrayList<>(x.iothreadids().children());
        kids.removeIf(c -> Long.toString(id).equals(c.attr("id")));
        DomainExtrasDef y = x.withIOThreads(kids.size(),
                kids.isEmpty() ? null : new XmlNode("iothreadids", List.of(), null, kids));
        return y.withCputune(Cputune.withIOThreadpin(y.cputune(), id, null));
    }
}

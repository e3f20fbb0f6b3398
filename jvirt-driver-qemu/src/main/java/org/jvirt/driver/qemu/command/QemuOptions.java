package org.jvirt.driver.qemu.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** Helpers for QEMU's two option syntaxes: key=value lists (commas doubled) and JSON objects. */
final class QemuOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QemuOptions() {
    }

    /**
     * A value inside a key=value option list: QEMU splits on ',', and reads ",," as a literal comma, so a name
     * or path containing commas must have them doubled (virQEMUBuildBufferEscapeComma).
     */
    static String escapeComma(String value) {
        return value.replace(",", ",,");
    }

    /** A new JSON object; keys keep insertion order, which is the order QEMU (and the golden files) see. */
    static ObjectNode props() {
        return JSON.createObjectNode();
    }

    /** Compact JSON text, the form -device/-blockdev/-netdev/-object accept when it starts with '{'. */
    static String json(ObjectNode props) {
        try {
            return JSON.writeValueAsString(props);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "unsupported configuration: ..." for elements the builder does not (yet) turn into arguments. */
    static VirtException unsupported(String fmt, Object... args) {
        return VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.QEMU, fmt, args);
    }
}

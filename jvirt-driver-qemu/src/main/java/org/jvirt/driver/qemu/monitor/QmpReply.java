package org.jvirt.driver.qemu.monitor;

import com.fasterxml.jackson.databind.JsonNode;

/** What QEMU answered to one command: its "return" value, or its "error" object. */
public sealed interface QmpReply {

    /** {"return": value}: value is whatever the command returns (often an empty object). */
    record Return(JsonNode value) implements QmpReply {
    }

    /** {"error": {"class": ..., "desc": ...}}; either may be null when QEMU left it out. */
    record Failure(String errorClass, String desc) implements QmpReply {
    }
}

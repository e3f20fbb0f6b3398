package org.jvirt;

/** virTypedParameter: a named value of one of libvirt's six parameter types. */
public sealed interface TypedParameter {

    String field();

    /** The value as virsh prints it. */
    String valueString();

    record Int(String field, int value) implements TypedParameter {
        public String valueString() { return Integer.toString(value); }
    }

    record UInt(String field, long value) implements TypedParameter {
        public String valueString() { return Long.toString(value); }
    }

    record LLong(String field, long value) implements TypedParameter {
        public String valueString() { return Long.toString(value); }
    }

    record ULLong(String field, long value) implements TypedParameter {
        public String valueString() { return Long.toUnsignedString(value); }
    }

    record Double(String field, double value) implements TypedParameter {
        public String valueString() { return String.format("%f", value); }
    }

    record Boolean(String field, boolean value) implements TypedParameter {
        public String valueString() { return value ? "1" : "0"; }
    }

    record Str(String field, String value) implements TypedParameter {
        public String valueString() { return value; }
    }
}

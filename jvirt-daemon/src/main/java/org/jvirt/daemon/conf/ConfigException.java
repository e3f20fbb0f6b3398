package org.jvirt.daemon.conf;

/** A config file that cannot be read or holds a bad entry; the message names the file (and line for syntax). */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}

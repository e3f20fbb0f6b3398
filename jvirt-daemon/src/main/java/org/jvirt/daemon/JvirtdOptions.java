package org.jvirt.daemon;

import java.nio.file.Path;
import java.util.List;

/**
 * jvirtd's command line, libvirtd's options: -f/--config FILE, -p/--pid-file FILE, -d/--daemon,
 * -t/--timeout SECS, -l/--listen, -v/--verbose, -V/--version, -h/--help. Long options also take
 * {@code --name=value}.
 */
record JvirtdOptions(Path config, Path pidFile, boolean daemon, int timeout, boolean listen, boolean verbose,
                     boolean version, boolean help) {

    /** A command line jvirtd cannot run with; the message is what to print before the usage. */
    static final class UsageException extends Exception {
        private final boolean showUsage;

        UsageException(String message) {
            this(message, true);
        }

        UsageException(String message, boolean showUsage) {
            super(message);
            this.showUsage = showUsage;
        }

        /** libvirtd prints its usage after an unknown option, not after a bad value. */
        boolean showUsage() {
            return showUsage;
        }
    }

    static JvirtdOptions parse(List<String> args) throws UsageException {
        Path config = null;
        Path pid = null;
        boolean daemon = false;
        boolean listen = false;
        boolean verbose = false;
        boolean version = false;
        boolean help = false;
        int timeout = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String inline = null;
            if (a.startsWith("--") && a.contains("=")) {
                inline = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            }
            switch (a) {
                case "-d", "--daemon" -> daemon = true;
                case "-l", "--listen" -> listen = true;
                case "-v", "--verbose" -> verbose = true;
                case "-V", "--version" -> version = true;
                case "-h", "--help" -> help = true;
                case "-f", "--config" -> config = Path.of(value(args, i, inline, a));
                case "-p", "--pid-file" -> pid = Path.of(value(args, i, inline, a));
                case "-t", "--timeout" -> timeout = timeout(value(args, i, inline, a));
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unrecognized option '" + a + "'");
                    }
                    throw new UsageException("unexpected, non-option, command line arguments");
                }
            }
            if (inline == null && takesValue(a)) {
                i++;
            }
        }
        return new JvirtdOptions(config, pid, daemon, timeout, listen, verbose, version, help);
    }

    private static boolean takesValue(String opt) {
        return switch (opt) {
            case "-f", "--config", "-p", "--pid-file", "-t", "--timeout" -> true;
            default -> false;
        };
    }

    private static String value(List<String> args, int i, String inline, String opt) throws UsageException {
        if (inline != null) {
            return inline;
        }
        if (i + 1 >= args.size()) {
            throw new UsageException("option '" + opt + "' requires an argument");
        }
        return args.get(i + 1);
    }

    /** libvirtd: a decimal 0..INT_MAX/1000, else "Invalid value for timeout". */
    private static int timeout(String s) throws UsageException {
        try {
            int t = Integer.parseInt(s);
            if (t < 0 || t > Integer.MAX_VALUE / 1000) {
                throw new NumberFormatException();
            }
            return t;
        } catch (NumberFormatException e) {
            throw new UsageException("Invalid value for timeout", false);
        }
    }

    static String usage(boolean privileged) {
        String run = privileged ? "/run/libvirt" : "$XDG_RUNTIME_DIR/libvirt";
        return """

                Usage:
                  jvirtd [options]

                Options:
                  -h | --help            Display program help
                  -v | --verbose         Verbose messages
                  -d | --daemon          Run as a daemon & write PID file
                  -l | --listen          Listen for TCP/IP connections
                  -t | --timeout <secs>  Exit after timeout period
                  -f | --config <file>   Configuration file
                  -V | --version         Display version information
                  -p | --pid-file <file> Change name of PID file

                jvirt management daemon (speaks libvirt's protocol):

                  Default paths:

                    Configuration file (unless overridden by -f):
                      %s

                    Sockets:
                      %s/libvirt-sock
                %s
                """.formatted(privileged ? "/etc/libvirt/jvirtd.conf" : "$XDG_CONFIG_HOME/libvirt/jvirtd.conf", run,
                privileged ? "      " + run + "/libvirt-sock-ro\n" : "");
    }
}

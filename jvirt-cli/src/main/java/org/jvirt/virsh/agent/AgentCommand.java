package org.jvirt.virsh.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * The guest-agent and job commands that are one call each: setvcpu, guestvcpus, guestinfo, domjobabort,
 * get-user-sshkeys, set-user-sshkeys, guest-agent-timeout, domdirtyrate-calc, domblkthreshold, domlaunchsecinfo,
 * domsetlaunchsecstate. The variant is the virsh command name.
 */
public final class AgentCommand implements Command {

    private static final String[] GUESTINFO_TYPES = {"user", "os", "timezone", "hostname", "filesystem", "disk",
        "interface"};
    private final String name;

    public AgentCommand(String name) {
        this.name = name;
    }

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return switch (name) {
            case "setvcpu" -> setvcpu(sh, cmd);
            case "guestvcpus" -> guestvcpus(sh, cmd);
            case "set-user-sshkeys" -> setSshKeys(sh, cmd);
            case "domsetlaunchsecstate" -> setLaunchSecState(sh, cmd);
            default -> simple(sh, cmd);
        };
    }

    private boolean simple(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        switch (name) {
            case "guestinfo" -> {
                int types = 0;
                for (int i = 0; i < GUESTINFO_TYPES.length; i++) {
                    if (cmd.has(GUESTINFO_TYPES[i])) {
                        types |= 1 << i;
                    }
                }
                for (TypedParameter p : dom.getGuestInfo(types, 0)) {
                    sh.printf("%-20s: %s\n", p.field(), p.valueString());
                }
            }
            case "domjobabort" -> {
                if (cmd.has("postcopy")) {
                    dom.abortJob(1);
                } else {
                    dom.abortJob();
                }
            }
            case "get-user-sshkeys" -> {
                for (String k : dom.authorizedSSHKeysGet(cmd.string("user"), 0)) {
                    sh.print(k + "\n");
                }
            }
            case "guest-agent-timeout" -> dom.agentSetResponseTimeout(cmd.intOpt("timeout", -2), 0);
            case "domdirtyrate-calc" -> {
                int seconds = cmd.intOpt("seconds", 1);
                String mode = cmd.string("mode");
                int flags = 0;
                if (mode != null) {
                    switch (mode) {
                        case "page-sampling" -> flags = 0;
                        case "dirty-bitmap" -> flags = 1;
                        case "dirty-ring" -> flags = 2;
                        default -> {
                            sh.error("Unknown calculation mode '" + mode + "'");
                            return false;
                        }
                    }
                }
                dom.startDirtyRateCalc(seconds, flags);
                sh.printExtra("Start to calculate domain's memory dirty rate successfully.\n");
            }
            case "domblkthreshold" -> {
                long threshold = cmd.scaled("threshold", 1, -1L);
                dom.setBlockThreshold(cmd.string("dev"), threshold, 0);
            }
            case "domlaunchsecinfo" -> {
                List<TypedParameter> params;
                try {
                    params = dom.getLaunchSecurityInfo(0);
                } catch (VirtException e) {
                    throw sh.fail("Unable to get launch security parameters", e);
                }
                for (TypedParameter p : params) {
                    sh.printf("%-15s: %s\n", p.field(), p.valueString());
                }
            }
            default -> throw new IllegalStateException(name);
        }
        return true;
    }

    private static boolean setvcpu(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "enable", "disable");
        int flags = Opts.impact(cmd);
        boolean enable = cmd.has("enable");
        if (!enable && !cmd.has("disable")) {
            sh.error("one of --enable, --disable is required");
            return false;
        }
        String list = cmd.string("vcpulist");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        dom.setVcpu(list, enable ? 1 : 0, flags);
        return true;
    }

    private static boolean guestvcpus(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "enable", "disable");
        Opts.require(cmd, "enable", "cpulist");
        Opts.require(cmd, "disable", "cpulist");
        String cpulist = cmd.string("cpulist");
        boolean enable = cmd.has("enable");
        if (cpulist != null && !enable && !cmd.has("disable")) {
            sh.error("One of options --enable or --disable is required by option --cpulist");
            return false;
        }
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        if (cpulist != null) {
            dom.setGuestVcpus(cpulist, enable ? 1 : 0, 0);
        } else {
            for (TypedParameter p : dom.getGuestVcpus(0)) {
                sh.printf("%-15s: %s\n", p.field(), p.valueString());
            }
        }
        return true;
    }

    private static boolean setSshKeys(Shell sh, Invocation cmd) {
        Opts.require(cmd, "remove", "file");
        Opts.exclusive(cmd, "reset", "remove");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String user = cmd.string("user");
        String from = cmd.string("file");
        int flags = 0;
        if (cmd.has("remove")) {
            flags |= 2;
        } else if (!cmd.has("reset")) {
            flags |= 1;
            if (from == null) {
                sh.error("Option --file is required");
                return false;
            }
        }
        List<String> keys = List.of();
        if (from != null) {
            String text = readFile(from);
            keys = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            if (keys.isEmpty()) {
                sh.error("File " + from + " contains no keys");
                return false;
            }
        }
        dom.authorizedSSHKeysSet(user, keys, flags);
        return true;
    }

    private static boolean setLaunchSecState(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String hdr = cmd.string("secrethdr");
        String sec = cmd.string("secret");
        if (hdr == null || sec == null) {
            sh.error("Both secret and the secret header are required");
            return false;
        }
        List<TypedParameter> params = new ArrayList<>();
        params.add(new TypedParameter.Str("sev-secret-header", readFile(hdr).strip()));
        params.add(new TypedParameter.Str("sev-secret", readFile(sec).strip()));
        if (cmd.has("set-address")) {
            String v = cmd.raw("set-address").strip();
            params.add(new TypedParameter.ULLong("sev-secret-set-address", Long.parseUnsignedLong(v)));
        }
        try {
            dom.setLaunchSecurityState(params, 0);
        } catch (VirtException e) {
            throw sh.fail("Unable to set launch security state", e);
        }
        return true;
    }

    /** virFileReadAll: its error is libvirt's, reported as such. */
    private static String readFile(String path) {
        try {
            // bytes that are not UTF-8 do not fail the read (virsh hands on what the file holds)
            return new String(Files.readAllBytes(Path.of(path)), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.NONE,
                    "Failed to open file '%s': No such file or directory", path);
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.NONE, "Failed to read file '%s': %s", path,
                    e.getMessage());
        }
    }
}

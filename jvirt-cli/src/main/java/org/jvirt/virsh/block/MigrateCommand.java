package org.jvirt.virsh.block;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/**
 * migrate DOMAIN DESTURI [flags and parameters] (cmdMigrate, doMigrate): virsh's option checks, then the
 * VIR_MIGRATE_PARAM_* parameters and flags; --p2p and --direct go through virDomainMigrateToURI3, a normal
 * migration opens DESTURI first and calls virDomainMigrate3. No jvirt driver migrates yet, so the call ends in
 * libvirt's checks or refusal; the job watching (--verbose, --timeout actions) is not implemented.
 */
public final class MigrateCommand implements Command {

    private static final String[][] FLAGS = {
        {"live", "1"}, {"p2p", "2"}, {"tunnelled", "4"}, {"persistent", "8"}, {"undefinesource", "16"},
        {"suspend", "32"}, {"copy-storage-all", "64"}, {"copy-storage-inc", "128"}, {"change-protection", "256"},
        {"unsafe", "512"}, {"offline", "1024"}, {"compressed", "2048"}, {"abort-on-error", "4096"},
        {"auto-converge", "8192"}, {"rdma-pin-all", "16384"}, {"postcopy", "32768"}, {"tls", "65536"},
        {"parallel", "131072"}, {"copy-storage-synchronous-writes", "262144"}, {"postcopy-resume", "524288"},
        {"zerocopy", "1048576"},
    };

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "live", "offline");
        Opts.exclusive(cmd, "timeout-suspend", "timeout-postcopy");
        Opts.require(cmd, "postcopy-after-precopy", "postcopy");
        Opts.require(cmd, "timeout-postcopy", "postcopy");
        Opts.require(cmd, "persistent-xml", "persistent");
        Opts.require(cmd, "postcopy-resume", "postcopy");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        if (cmd.has("timeout")) {
            if (!cmd.has("live")) {
                sh.error("migrate: Unexpected timeout for offline migration");
                return false;
            }
            cmd.uintOpt("timeout", 0);
        } else if (cmd.has("timeout-suspend") || cmd.has("timeout-postcopy")) {
            sh.error("migrate: Unexpected --timeout-* option without --timeout");
            return false;
        }
        List<TypedParameter> params = new ArrayList<>();
        str(cmd, params, "migrateuri", "migrate_uri");
        str(cmd, params, "graphicsuri", "graphics_uri");
        str(cmd, params, "listen-address", "listen_address");
        str(cmd, params, "dname", "destination_name");
        str(cmd, params, "disks-uri", "disks_uri");
        str(cmd, params, "tls-destination", "tls.destination");
        if (cmd.has("migrate-disks")) {
            for (String d : cmd.string("migrate-disks").split(",")) {
                params.add(new TypedParameter.Str("migrate_disks", d));
            }
        }
        if (cmd.has("comp-methods")) {
            for (String m : cmd.string("comp-methods").split(",")) {
                params.add(new TypedParameter.Str("compression", m));
            }
        }
        num(cmd, params, "disks-port", "disks_port");
        num(cmd, params, "comp-mt-level", "compression.mt.level");
        num(cmd, params, "comp-mt-threads", "compression.mt.threads");
        num(cmd, params, "comp-mt-dthreads", "compression.mt.dthreads");
        if (cmd.has("comp-xbzrle-cache")) {
            params.add(new TypedParameter.ULLong("compression.xbzrle.cache",
                    cmd.ullongOpt("comp-xbzrle-cache", 0)));
        }
        num(cmd, params, "auto-converge-initial", "auto_converge.initial");
        num(cmd, params, "auto-converge-increment", "auto_converge.increment");
        if (cmd.has("postcopy-bandwidth")) {
            params.add(new TypedParameter.ULLong("bandwidth.postcopy", cmd.ullongOpt("postcopy-bandwidth", 0)));
        }
        num(cmd, params, "parallel-connections", "parallel.connections");
        if (cmd.has("bandwidth")) {
            params.add(new TypedParameter.ULLong("bandwidth", cmd.ullongOpt("bandwidth", 0)));
        }
        if (!file(sh, cmd, params, "xml", "destination_xml") || !file(sh, cmd, params, "persistent-xml", "persistent_xml")) {
            return false;
        }
        int flags = 0;
        for (String[] f : FLAGS) {
            if (cmd.has(f[0])) {
                flags |= Integer.parseInt(f[1]);
            }
        }
        String desturi = cmd.string("desturi");
        if (cmd.has("p2p") || cmd.has("direct")) {
            dom.migrateToURI3(desturi, params, flags);
        } else {
            try (Connect dconn = Connect.open(desturi)) {
                dom.migrate3(dconn, params, flags);
            }
        }
        if (cmd.has("verbose")) {
            sh.print("\rMigration: [100 %]\n");
        }
        return true;
    }

    private static void str(Invocation cmd, List<TypedParameter> params, String opt, String field) {
        String v = cmd.string(opt);
        if (v != null) {
            params.add(new TypedParameter.Str(field, v));
        }
    }

    private static void num(Invocation cmd, List<TypedParameter> params, String opt, String field) {
        if (cmd.has(opt)) {
            params.add(new TypedParameter.Int(field, cmd.intOpt(opt, 0)));
        }
    }

    /** An XML file's text as a parameter; a file virsh cannot read is its two errors. */
    private static boolean file(Shell sh, Invocation cmd, List<TypedParameter> params, String opt, String field) {
        String name = cmd.string(opt);
        if (name == null) {
            return true;
        }
        String text;
        try {
            text = org.jvirt.virsh.XmlFiles.read(name);
        } catch (OptionException e) {
            sh.error("cannot read file '" + name + "'");
            sh.error(e.getMessage());
            return false;
        }
        params.add(new TypedParameter.Str(field, text));
        return true;
    }
}

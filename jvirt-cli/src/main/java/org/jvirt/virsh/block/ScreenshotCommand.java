package org.jvirt.virsh.block;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jvirt.Domain;
import org.jvirt.Stream;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * screenshot DOMAIN [--file F] [--screen N] (cmdScreenshot): virDomainScreenshot, the stream's bytes into the
 * file, virStreamFinish. Without --file the name is DOMAIN-YYYY-MM-DD-hh:mm:ss with the extension of the MIME type
 * the driver answered. A file the command created is removed again on failure, as virsh does.
 */
public final class ScreenshotCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int screen = cmd.uintOpt("screen", 0);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String file = cmd.string("file");
        Stream st = sh.conn().newStream(0);
        String mime;
        try {
            mime = dom.screenshot(st, screen, 0);
        } catch (VirtException e) {
            throw sh.fail("could not take a screenshot of " + dom.getName(), e);
        }
        boolean generated = file == null;
        if (generated) {
            String ext = switch (mime == null ? "" : mime) {
                case "image/x-portable-pixmap" -> ".ppm";
                case "image/png" -> ".png";
                default -> "";
            };
            file = dom.getName() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HH:mm:ss"))
                    + ext;
        }
        Path p = Path.of(file);
        boolean created = !Files.exists(p);
        OutputStream out;
        try {
            out = Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            abort(st);
            sh.error("cannot create file " + file);
            return false;
        }
        boolean ok = false;
        try (out) {
            byte[] buf = new byte[256 * 1024];
            for (int n; (n = st.recv(buf, 0, buf.length)) > 0; ) {
                out.write(buf, 0, n);
            }
            st.finish();
            ok = true;
        } catch (VirtException e) {
            abort(st);
            throw sh.fail("could not receive data from domain " + dom.getName(), e);
        } catch (IOException e) {
            abort(st);
            sh.error("cannot write to file " + file);
            return false;
        } finally {
            if (created && !ok) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort, as virsh's unlink
                }
            }
        }
        sh.printExtra("Screenshot saved to " + file + ", with type of " + mime);
        return true;
    }

    private static void abort(Stream st) {
        try {
            st.abort();
        } catch (VirtException ignored) {
            // the first error is the one reported
        }
    }
}

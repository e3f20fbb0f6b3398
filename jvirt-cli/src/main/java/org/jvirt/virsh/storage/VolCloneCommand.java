package org.jvirt.virsh.storage;

import org.jvirt.virsh.vsh.XmlDom;
import java.io.StringWriter;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jvirt.StoragePool;
import org.jvirt.StorageVol;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * vol-clone VOL NEWNAME [--pool P] [--prealloc-metadata] [--reflink] [--print-xml]: the volume's XML with the
 * new name, created from the volume in its own pool.
 */
public final class VolCloneCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        StorageVol orig = Pools.vol(sh, cmd, "vol", "pool");
        int flags = (cmd.has("prealloc-metadata") ? 1 : 0) | (cmd.has("reflink") ? 2 : 0);
        StoragePool pool;
        try {
            pool = orig.getPool();
        } catch (VirtException e) {
            throw sh.fail("failed to get parent pool", e);
        }
        String newName = cmd.string("newname");
        String xml = cloneXml(orig.getXMLDesc(0), newName);
        if (xml == null) {
            sh.error("Failed to allocate XML buffer");
            return false;
        }
        if (cmd.has("print-xml")) {
            sh.print(xml);
            return true;
        }
        StorageVol made;
        try {
            made = pool.storageVolCreateXMLFrom(xml, orig, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to clone vol from " + orig.getName(), e);
        }
        sh.printExtra("Vol " + made.getName() + " cloned from " + orig.getName() + "\n");
        return true;
    }

    /**
     * virshMakeCloneXML: /volume/name replaced, the root element serialized as libxml's node dump does (double
     * quotes, the original white space, no declaration and no final newline); null without a name element.
     */
    static String cloneXml(String xml, String newName) {
        try {
            Document doc = XmlDom.parse(xml);
            Element root = doc.getDocumentElement();
            Element name = null;
            for (Node n = root.getFirstChild(); n != null && name == null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals("name")) {
                    name = e;
                }
            }
            if (!root.getTagName().equals("volume") || name == null) {
                return null;
            }
            name.setTextContent(newName);
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(root), new StreamResult(w));
            return w.toString();
        } catch (Exception e) {
            return null;
        }
    }
}

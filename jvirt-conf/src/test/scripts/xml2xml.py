"""What the *xml2xml-oracle.py scripts share: the loop over a suite's fixtures and the files they write.

For each NAME.xml given (default: every fixture in the suite folder, not the NAME.out.xml), the script's
convert(name, xml) asks real libvirt for the XML it makes of the input; that goes to NAME.out.xml, or, when
libvirt refuses the input, NAME.err gets three lines: error code number, error domain number, message.
convert may return None to skip a fixture (it says why). Old NAME.out.xml / NAME.err of a fixture are removed
first, so a fixture that changes side does not keep both.
"""
import glob
import os
import sys

import libvirt

libvirt.registerErrorHandler(lambda ctx, err: None, None)
RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources')


def regenerate(suite, convert):
    folder = os.path.join(RESOURCES, suite)
    files = sys.argv[1:] or sorted(p for p in glob.glob(os.path.join(folder, '*.xml')) if not p.endswith('.out.xml'))
    for path in files:
        one(path, convert)


def one(path, convert):
    base = path[:-len('.xml')]
    name = os.path.basename(path)
    with open(path) as f:
        xml = f.read()
    try:
        out = convert(name, xml)
    except libvirt.libvirtError as e:
        remove_stale(base)
        with open(base + '.err', 'w') as f:
            f.write('%d\n%d\n%s\n' % (e.get_error_code(), e.get_error_domain(), e.get_error_message()))
        print('err ', name, e.get_error_message().splitlines()[0])
        return
    if out is None:
        return
    remove_stale(base)
    with open(base + '.out.xml', 'w') as f:
        f.write(out)
    print('ok  ', name)


def remove_stale(base):
    for stale in (base + '.out.xml', base + '.err'):
        if os.path.exists(stale):
            os.remove(stale)


def redefined(kind):
    """convert for the snapshot and checkpoint suites (kind: 'snapshot' or 'checkpoint'): on a fresh
    test:///default, create the `base` one on the domain `test` (fixtures name it as their parent), redefine the
    fixture (REDEFINE keeps its creationTime, so the output is reproducible) and read its XML with the SECURE
    flag."""
    create = getattr(libvirt.virDomain, kind + 'CreateXML')
    redefine = getattr(libvirt, 'VIR_DOMAIN_%s_CREATE_REDEFINE' % kind.upper())
    secure = getattr(libvirt, 'VIR_DOMAIN_%s_XML_SECURE' % kind.upper())

    def convert(name, xml):
        conn = libvirt.open('test:///default')
        try:
            dom = conn.lookupByName('test')
            create(dom, '<domain%s><name>base</name></domain%s>' % (kind, kind), 0)
            return create(dom, xml, redefine).getXMLDesc(secure)
        finally:
            conn.close()
    return convert

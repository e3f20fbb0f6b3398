#!/usr/bin/python3
"""Regenerates the DomainCheckpointXml2XmlTest expectations from real libvirt (test:///default driver).

For each NAME.xml given (default: every fixture in the suite folder), on a fresh test:///default connection:
create the checkpoint `base` of the running domain `test` (so fixtures can name it as their parent), then
redefine the fixture on `test` with VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE (which keeps the fixture's
creationTime, so the output is reproducible) and write its XML (flag VIR_DOMAIN_CHECKPOINT_XML_SECURE) to
NAME.out.xml; or, when libvirt refuses it, write NAME.err with three lines: error code number, error domain
number, message.
Run from anywhere: /usr/bin/python3 jvirt-conf/src/test/scripts/domaincheckpointxml2xml-oracle.py [files...]
"""
import glob
import os
import sys

import libvirt

libvirt.registerErrorHandler(lambda ctx, err: None, None)
SUITE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'domaincheckpointxml2xml')
BASE = '<domaincheckpoint><name>base</name></domaincheckpoint>'


def run(path):
    base = path[:-len('.xml')]
    with open(path) as f:
        xml = f.read()
    conn = libvirt.open('test:///default')
    try:
        dom = conn.lookupByName('test')
        dom.checkpointCreateXML(BASE, 0)
        cp = dom.checkpointCreateXML(xml, libvirt.VIR_DOMAIN_CHECKPOINT_CREATE_REDEFINE)
        out = cp.getXMLDesc(libvirt.VIR_DOMAIN_CHECKPOINT_XML_SECURE)
        with open(base + '.out.xml', 'w') as f:
            f.write(out)
        print('ok  ', os.path.basename(path))
    except libvirt.libvirtError as e:
        with open(base + '.err', 'w') as f:
            f.write('%d\n%d\n%s\n' % (e.get_error_code(), e.get_error_domain(), e.get_error_message()))
        print('err ', os.path.basename(path), e.get_error_message().splitlines()[0])
    finally:
        conn.close()


files = sys.argv[1:] or sorted(p for p in glob.glob(os.path.join(SUITE, '*.xml')) if not p.endswith('.out.xml'))
for p in files:
    run(p)

#!/usr/bin/python3
"""Regenerates the InterfaceXml2XmlTest expectations from real libvirt 9.0: each interfacexml2xml/NAME.xml is
defined on libvirt's test driver (test:///default), its XML written to NAME.out.xml and the interface undefined
again; a refused input gets NAME.err (error code number, error domain number, message).
Run: /usr/bin/python3 jvirt-conf/src/test/scripts/interfacexml2xml-oracle.py [files...]
"""
import glob
import os
import sys

import libvirt

libvirt.registerErrorHandler(lambda ctx, err: None, None)
DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'interfacexml2xml')

conn = libvirt.open('test:///default')
files = sys.argv[1:] or sorted(p for p in glob.glob(os.path.join(DIR, '*.xml')) if not p.endswith('.out.xml'))
for path in files:
    base = path[:-len('.xml')]
    with open(path) as f:
        xml = f.read()
    for stale in (base + '.out.xml', base + '.err'):
        if os.path.exists(stale):
            os.remove(stale)
    try:
        iface = conn.interfaceDefineXML(xml, 0)
        out = iface.XMLDesc(0)
        iface.undefine()
        with open(base + '.out.xml', 'w') as f:
            f.write(out)
        print('ok  ', os.path.basename(path))
    except libvirt.libvirtError as e:
        with open(base + '.err', 'w') as f:
            f.write('%d\n%d\n%s\n' % (e.get_error_code(), e.get_error_domain(), e.get_error_message()))
        print('err ', os.path.basename(path), e.get_error_message())

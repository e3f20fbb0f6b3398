#!/usr/bin/python3
"""Regenerates the NodeDeviceXml2XmlTest expectations from real libvirt 9.0: each nodedevxml2xml/NAME.xml is
placed in a test driver node file (<node>...</node>, libvirt's EXISTING_DEVICE parse), the node opened with
python3-libvirt and the device's XML written to NAME.out.xml; an input the node refuses gets NAME.err (error
code number, error domain number, message).
Run: /usr/bin/python3 jvirt-conf/src/test/scripts/nodedevxml2xml-oracle.py [files...]
"""
import glob
import os
import re
import sys
import tempfile

import libvirt

libvirt.registerErrorHandler(lambda ctx, err: None, None)
DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'nodedevxml2xml')

files = sys.argv[1:] or sorted(p for p in glob.glob(os.path.join(DIR, '*.xml')) if not p.endswith('.out.xml'))
for path in files:
    base = path[:-len('.xml')]
    with open(path) as f:
        xml = f.read()
    for stale in (base + '.out.xml', base + '.err'):
        if os.path.exists(stale):
            os.remove(stale)
    with tempfile.NamedTemporaryFile('w', suffix='.xml', delete=False) as node:
        node.write('<node>\n' + xml + '</node>\n')
    try:
        conn = libvirt.open('test://' + node.name)
        name = re.search(r'<name>(.*?)</name>', xml).group(1)
        out = conn.nodeDeviceLookupByName(name).XMLDesc(0)
        conn.close()
        with open(base + '.out.xml', 'w') as f:
            f.write(out)
        print('ok  ', os.path.basename(path))
    except libvirt.libvirtError as e:
        with open(base + '.err', 'w') as f:
            f.write('%d\n%d\n%s\n' % (e.get_error_code(), e.get_error_domain(), e.get_error_message()))
        print('err ', os.path.basename(path), e.get_error_message())
    finally:
        os.unlink(node.name)

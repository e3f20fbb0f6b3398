#!/usr/bin/python3
"""Regenerates the NodeDeviceXml2XmlTest expectations from real libvirt 9.0: each nodedevxml2xml/NAME.xml is
placed in a test driver node file (<node>...</node>, libvirt's EXISTING_DEVICE parse), the node opened with
python3-libvirt and the device's XML written to NAME.out.xml; an input the node refuses gets NAME.err (error
code number, error domain number, message).
Run: /usr/bin/python3 jvirt-conf/src/test/scripts/nodedevxml2xml-oracle.py [files...]
"""
import os
import re
import tempfile

import libvirt
import xml2xml


def convert(name, xml):
    with tempfile.NamedTemporaryFile('w', suffix='.xml', delete=False) as node:
        node.write('<node>\n' + xml + '</node>\n')
    try:
        conn = libvirt.open('test://' + node.name)
        out = conn.nodeDeviceLookupByName(re.search(r'<name>(.*?)</name>', xml).group(1)).XMLDesc(0)
        conn.close()
        return out
    finally:
        os.unlink(node.name)


xml2xml.regenerate('nodedevxml2xml', convert)

#!/usr/bin/python3
"""Regenerates the InterfaceXml2XmlTest expectations from real libvirt 9.0: each interfacexml2xml/NAME.xml is
defined on libvirt's test driver (test:///default), its XML written to NAME.out.xml and the interface undefined
again; a refused input gets NAME.err (error code number, error domain number, message).
Run: /usr/bin/python3 jvirt-conf/src/test/scripts/interfacexml2xml-oracle.py [files...]
"""
import libvirt
import xml2xml

conn = libvirt.open('test:///default')


def convert(name, xml):
    iface = conn.interfaceDefineXML(xml, 0)
    out = iface.XMLDesc(0)
    iface.undefine()
    return out


xml2xml.regenerate('interfacexml2xml', convert)

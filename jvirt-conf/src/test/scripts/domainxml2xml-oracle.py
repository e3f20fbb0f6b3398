#!/usr/bin/python3
"""Regenerates the DomainXml2XmlTest expectations from real libvirt (test:///default driver).

For each NAME.xml given (default: every fixture in the suite folder): define it on a fresh
test:///default connection and write `dumpxml --inactive` to NAME.out.xml, or, when libvirt refuses it,
write NAME.err with three lines: error code number, error domain number, message.
Run from anywhere: /usr/bin/python3 jvirt-conf/src/test/scripts/domainxml2xml-oracle.py [files...]
"""
import libvirt
import xml2xml


def convert(name, xml):
    conn = libvirt.open('test:///default')
    try:
        dom = conn.defineXML(xml)
        out = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
        dom.undefine()
        return out
    finally:
        conn.close()


xml2xml.regenerate('domainxml2xml', convert)

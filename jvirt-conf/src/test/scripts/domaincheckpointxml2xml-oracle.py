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
import xml2xml

xml2xml.regenerate('domaincheckpointxml2xml', xml2xml.redefined('checkpoint'))

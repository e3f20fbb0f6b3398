-c
test:///default
define src/test/resources/virsh/cdrom-guest.xml; change-media cdg hdc /guest/new.iso --insert --print-xml; change-media cdg hdc --eject --print-xml; change-media cdg hdc /guest/new.iso --update --print-xml; change-media cdg hdc /guest/new.iso --print-xml; change-media cdg fda /guest/f.img --insert --block --print-xml; change-media cdg vda /x --update --print-xml; change-media cdg hdz --eject; change-media cdg /guest/old.iso --eject --print-xml; change-media cdg hdc --eject; change-media cdg hdc /x --insert --force --config; change-media cdg hdc --eject --insert

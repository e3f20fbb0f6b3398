-c
test:///default
define src/test/resources/virsh/undefine-fallback.xml; undefine fb --nvram; undefine fb --checkpoints-metadata --nvram; undefine fb --keep-nvram; define src/test/resources/virsh/undefine-fallback.xml; undefine fb --tpm; define src/test/resources/virsh/undefine-fallback.xml; undefine fb --keep-tpm; define src/test/resources/virsh/undefine-fallback.xml; undefine fb --managed-save --checkpoints-metadata; list --all --name

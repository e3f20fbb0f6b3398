-c
test:///default
attach-interface test network default --print-xml --managed; attach-interface test bridge br0 --print-xml --managed; detach-interface test network --persistent --print-xml; detach-interface test network --live --config --print-xml; detach-interface test network --config --print-xml

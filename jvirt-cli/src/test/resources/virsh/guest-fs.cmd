-c
test:///default
domfsinfo test; domfsfreeze test --mountpoint /; domfsfreeze test --mountpoint /; domfsfreeze test /x; domfstrim test; domfstrim test --mountpoint /boot --minimum 1024; domfstrim test --mountpoint /x; domfsthaw test; domfsthaw test; domfsfreeze test; domfsthaw test / /boot; destroy test; domfsfreeze test; domfsthaw test; domfstrim test; domfsinfo test

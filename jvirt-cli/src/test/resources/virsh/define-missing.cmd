-c
test:///default
define
/nonexistent.xml

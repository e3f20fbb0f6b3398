-c
foo:///x
uri

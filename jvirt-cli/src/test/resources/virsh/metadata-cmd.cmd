-c
test:///default
metadata test http://x; metadata test http://x --key k --set '<a>1</a>'; metadata test http://x; metadata test http://x --config; dumpxml test; metadata test http://x --set '<b/>'; metadata test http://x --remove; metadata test http://x; metadata test http://x --set '<b/>' --remove; metadata test http://y --key y --set '<c>2</c>' --config; metadata test http://y --config; metadata test bad --key z --set '<d/>'; metadata test http://x --key k --set 'not xml'

-c
test:///default
domtime nosuch --time abc

-c
test:///default
desc test; desc test hello world; desc test; desc test --title; desc test --title My title; list --title

-c
test:///default
freecell --cellno -1; freecell --cellno 2; nodecpustats --cpu -1; nodecpustats --cpu -2; nodesuspend x -1; nodesuspend mem -1; nodesuspend mem -0

package org.jvirt.rpc.remote;

/** remote_node_get_cells_free_memory_args. */
public record NodeGetCellsFreeMemoryArgs(int startCell, int maxcells) {
}

"""Letters from the window: writing one for an inquiry, keeping the copy sent and the
scanned answer with it, and the printed enclosure list."""

"""The evidence panel of the case view: thumbnails, preview, adding and linking files."""

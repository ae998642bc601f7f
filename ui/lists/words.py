"""The list window's plural messages: lupdate reads ``ListImport.tr(text, None, n)`` as a
plural message of the context ``ListImport`` (see :class:`caseworker.i18n.Plurals`)."""

from caseworker.i18n import Plurals


class ListImport(Plurals):
    pass

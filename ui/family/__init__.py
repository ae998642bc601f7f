"""The Family tab of the case view: what each relative was told (the family log), recording
it through the disclosure gate, and how often the family is to be told."""

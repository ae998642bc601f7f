"""Import: the file checked and read, its rows compared with the database into a plan (shown
as the preview), and the plan carried out through the services."""

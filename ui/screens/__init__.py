"""One screen per part of the dossier in the sidebar."""

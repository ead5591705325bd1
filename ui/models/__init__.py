"""Table models for the lists of the dossier (each tested with qtmodeltester)."""

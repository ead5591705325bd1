"""The program's version, in one place: pyproject.toml, `zorgmap --version`, Over Zorgmap."""

VERSION = "0.1.0"

/// Exchange with translators: XLIFF export of what is missing, import of what comes back, TMX.
public enum Exchange {}

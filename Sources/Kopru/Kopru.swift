// The umbrella module: `import Kopru` is enough to use the whole library — the model, the readers,
// pairing and checks, safe writing, the writers and the exchange with translators.
@_exported import Assembly
@_exported import Exchange
@_exported import FormatReaders
@_exported import Pairing
@_exported import Project
@_exported import PublicationCore
@_exported import QualityChecks

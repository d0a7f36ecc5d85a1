public import ArgumentParser
import Project

/// `--qa auto|on|off`.
extension QualityMode: ExpressibleByArgument {}

import Alignment
import Foundation
import Testing
import TestSupport

@Test func scratchDiagnosis() throws {
    let corpus = try ParallelCorpus.loadNTREX(from: Corpus.url("parallel-de-tr/ntrex128"))
    let env = ProcessInfo.processInfo.environment
    var options = SentenceAlignerOptions()
    if let v = env["W_NAME"].flatMap(Double.init) { options.anchorWeights.name = v }
    if let v = env["W_UNM"].flatMap(Double.init) { options.anchorWeights.unmatched = v }
    if let v = env["W_PRE"].flatMap(Double.init) { options.anchorWeights.prefix = v }
    if let v = env["W_MARK"].flatMap(Double.init) { options.anchorWeights.mark = v }
    if let v = env["W_MARKU"].flatMap(Double.init) { options.anchorWeights.markUnmatched = v }
    if let v = env["W_END"].flatMap(Double.init) { options.anchorWeights.endingMismatch = v }
    if let v = env["W_CON"].flatMap(Double.init) { options.anchorWeights.concept = v }
    if let v = env["P_22"].flatMap(Double.init) { options.priors.twoToTwo = v }
    if let v = env["P_10"].flatMap(Double.init) { options.priors.oneToZero = v }
    if let v = env["P_21"].flatMap(Double.init) { options.priors.twoToOne = v }
    let seeds = (env["SEEDS"] ?? "2019").split(separator: ",").compactMap { UInt64($0) }
    let docs = seeds.flatMap { AlignmentEvaluation.perturbedDocuments(corpus, rates: env["HARSH"] != nil ? .harsh : .standard, seed: $0) }
    let aligner = SentenceAligner(options: options)
    var score = AlignmentEvaluation.Score()
    var shown = 0
    for doc in docs {
        let a = aligner.align(german: doc.german, turkish: doc.turkish)
        score.add(predicted: a.links, gold: doc.gold)
        let predictedSet = Set(a.links.map { "\($0.german)-\($0.turkish)" })
        for g in doc.gold where (env["ONLY10"] == nil || g.kind == .oneToZero) && !predictedSet.contains("\(g.german)-\(g.turkish)") && shown < (Int(env["SHOW"] ?? "0") ?? 0) {
            shown += 1
            let near = a.links.filter { l in (l.german + g.german).contains { x in g.german.contains(x) || l.german.contains(x) } && (l.german.contains { g.german.contains($0) } || l.turkish.contains { g.turkish.contains($0) }) }
            print("GOLD \(g.kind.rawValue) de\(g.german) tr\(g.turkish)  PRED: \(near.map { "\($0.kind.rawValue) de\($0.german) tr\($0.turkish) c=\(String(format: "%.2f", $0.confidence))" })")
            for i in g.german { print("   DE \(i): \(doc.german[i])") }
            for j in Set(g.turkish + near.flatMap(\.turkish)).sorted() { print("   TR \(j): \(doc.turkish[j])") }
        }
    }
    for (k, v) in score.recallByKind.sorted(by: { $0.key.rawValue < $1.key.rawValue }) { print(k.rawValue, v.found, v.gold) }
    print(AlignmentEvaluation.table([("anchored", score)]))
}

# Köprü — make targets. Each installs what it needs when it is missing (apt-get as root;
# otherwise it prints the command to run).
SWIFT        ?= swift
# Release builds link the Swift runtime and Foundation statically: the process maps no Swift shared
# libraries, resolves none of their symbols at start, and calls the runtime directly rather than
# through the PLT (measured in docs/benchmark.md: about 6 MiB less resident memory and 8-10 % less CPU
# on large XLIFF files). The test builds stay dynamic, which links faster.
BUILD_FLAGS  ?= -c release --static-swift-stdlib
KOPRU        := .build/release/kopru
BUILD_PACKAGES := libxml2-dev pkg-config libcurl4-openssl-dev
PUBLICATION_PACKAGES := fonts-dejavu-core fonts-dejavu-extra
# WeasyPrint and pikepdf, pinned, in .venv-pdf/ (scripts/install-pdf-engine.sh); kopru finds them there.
PDF_ENGINE   := scripts/install-pdf-engine.sh
BENCH_PACKAGES := libxml2-utils time pandoc python3-venv
BENCH_SIZES  ?= 10 100

FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= manifest docbook xliff12 xliff2 word

.PHONY: all build publication test test-fast test-slow bench fuzz deps test-tools pdf-engine clean

all: build

deps:
	@scripts/ensure-packages.sh $(BUILD_PACKAGES)

build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product kopru
	$(SWIFT) build $(BUILD_FLAGS) --product kopru-preview

## publication: build the sample volume from Sources-de/ and Sources-tr/ into Output/
publication: build pdf-engine
	@scripts/ensure-packages.sh $(PUBLICATION_PACKAGES)
	$(KOPRU) build --edition reader

## pdf-engine: WeasyPrint and pikepdf, pinned, in the project's virtual environment .venv-pdf/
pdf-engine:
	@$(PDF_ENGINE)

## test: install what the tests need, then run the whole suite: the fast part, then the slow part
test: test-fast test-slow

## test-fast: the unit and command-line tests without a browser, the PDF engine, epubcheck, the
##            alignment evaluation or the kill trials (the loop to run while working)
FAST_SKIP := BrowserCheckTests|PDFWriterTests|epubcheckReportsNoErrorAndNoWarning|AlignmentEvaluationTests|KillTrialTests|htmlReportInBrowser|PreviewTests|SampleVolumeAcceptanceTests|EPUBPageListTests|LanguageViewBrowserTests|pdfStructureTreeHasGermanSpansInTurkishParagraphs
test-fast: deps test-tools
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel --skip '$(FAST_SKIP)'

## test-slow: exactly the tests test-fast leaves out (browser, PDF engine, epubcheck, evaluation, kill trials)
test-slow: deps test-tools
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel --filter '$(FAST_SKIP)'

test-tools: pdf-engine
	@scripts/install-test-tools.sh

## bench: every speed figure side by side (scripts/bench.py): kopru check and build on the sample
##        volume and a generated 100-contribution volume beside xmllint --stream, the sentence
##        aligner beside galechurch (PyPI, installed into bench-data/venv), and kopru check beside
##        xmllint --stream on generated 10 MB and 100 MB XLIFF 1.2 and 2.0 files; then kopru check
##        beside pandoc -f docx -t plain on generated Word documents (5000 paragraphs; 50 MB with images)
bench: build
	$(SWIFT) build $(BUILD_FLAGS) --product kopru-bench-align
	@scripts/ensure-packages.sh $(BENCH_PACKAGES)
	@python3 scripts/generate-bench-xliff.py bench-data $(BENCH_SIZES)
	@python3 scripts/generate-volume.py bench-data/volume-100 100
	@python3 scripts/bench.py $(KOPRU) bench-data $(foreach size,$(BENCH_SIZES),bench-data/bench-$(size)mb-xliff12.xlf bench-data/bench-$(size)mb-xliff20.xlf)
	@echo
	@echo "Word documents: kopru check beside pandoc -f docx -t plain:"
	@python3 scripts/generate-bench-docx.py bench-data 5000
	@python3 scripts/bench-docx.py $(KOPRU) bench-data/bench-docx-text.docx bench-data/bench-docx-50mb.docx

## fuzz: each libFuzzer target (manifest, DocBook, XLIFF 1.2, XLIFF 2, Word/OpenDocument) for FUZZ_SECONDS seconds, one after
##       another, built with -sanitize=fuzzer,address into .build-fuzz; findings go to fuzz-findings/
fuzz: deps
	@scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

clean:
	rm -rf .build .build-fuzz bench-data fuzz-corpus fuzz-findings .venv-pdf

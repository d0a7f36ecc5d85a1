# Köprü — make targets. Each installs what it needs when it is missing (apt-get as root;
# otherwise it prints the command to run).
SWIFT        ?= swift
BUILD_FLAGS  ?= -c release
KOPRU        := .build/release/kopru
BUILD_PACKAGES := libxml2-dev pkg-config
PUBLICATION_PACKAGES := fonts-dejavu-core fonts-dejavu-extra
# WeasyPrint and pikepdf, pinned, in .venv-pdf/ (scripts/install-pdf-engine.sh); kopru finds them there.
PDF_ENGINE   := scripts/install-pdf-engine.sh
BENCH_PACKAGES := libxml2-utils time
BENCH_SIZES  ?= 10 100

.PHONY: all build publication test bench deps test-tools pdf-engine clean

all: build

deps:
	@scripts/ensure-packages.sh $(BUILD_PACKAGES)

build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product kopru

## publication: build the sample volume from Sources-de/ and Sources-tr/ into Output/
publication: build pdf-engine
	@scripts/ensure-packages.sh $(PUBLICATION_PACKAGES)
	$(KOPRU) build --edition reader

## pdf-engine: WeasyPrint and pikepdf, pinned, in the project's virtual environment .venv-pdf/
pdf-engine:
	@$(PDF_ENGINE)

## test: install what the tests need, then run the whole suite
test: deps test-tools
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel

test-tools: pdf-engine
	@scripts/install-test-tools.sh

## bench: kopru check beside xmllint --stream on generated 10 MB and 100 MB XLIFF 1.2 and 2.0 files,
##        then the sentence aligner on 10k and 100k sentence documents
bench: build
	@scripts/ensure-packages.sh $(BENCH_PACKAGES)
	@python3 scripts/generate-bench-xliff.py bench-data $(BENCH_SIZES)
	@python3 scripts/bench.py $(KOPRU) $(foreach size,$(BENCH_SIZES),bench-data/bench-$(size)mb-xliff12.xlf bench-data/bench-$(size)mb-xliff20.xlf)
	@echo
	@echo "sentence aligner on synthetic NTREX-128 documents (German+Turkish sentences):"
	@$(KOPRU) bench-align --sentences 10000
	@$(KOPRU) bench-align --sentences 100000

clean:
	rm -rf .build bench-data .venv-pdf

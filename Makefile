# Köprü — make targets. Each installs what it needs when it is missing (apt-get as root;
# otherwise it prints the command to run).
SWIFT        ?= swift
BUILD_FLAGS  ?= -c release
KOPRU        := .build/release/kopru
BUILD_PACKAGES := libxml2-dev pkg-config
PUBLICATION_PACKAGES := weasyprint fonts-dejavu-core fonts-dejavu-extra hyphen-de
BENCH_PACKAGES := libxml2-utils time python3-venv
BENCH_SIZES  ?= 10 100

.PHONY: all build publication test bench deps test-tools clean

all: build

deps:
	@scripts/ensure-packages.sh $(BUILD_PACKAGES)

build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product kopru

## publication: build the sample volume from Sources-de/ and Sources-tr/ into Output/
publication: build
	@scripts/ensure-packages.sh $(PUBLICATION_PACKAGES)
	$(KOPRU) build

## test: install what the tests need, then run the whole suite
test: deps test-tools
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel

test-tools:
	@scripts/install-test-tools.sh

## bench: every speed figure side by side (scripts/bench.py): kopru check and build on the sample
##        volume and a generated 100-contribution volume beside xmllint --stream, the sentence
##        aligner beside galechurch (PyPI, installed into bench-data/venv), and kopru check beside
##        xmllint --stream on generated 10 MB and 100 MB XLIFF 1.2 and 2.0 files
bench: build
	@scripts/ensure-packages.sh $(BENCH_PACKAGES)
	@python3 scripts/generate-bench-xliff.py bench-data $(BENCH_SIZES)
	@python3 scripts/generate-volume.py bench-data/volume-100 100
	@python3 scripts/bench.py $(KOPRU) bench-data $(foreach size,$(BENCH_SIZES),bench-data/bench-$(size)mb-xliff12.xlf bench-data/bench-$(size)mb-xliff20.xlf)

clean:
	rm -rf .build bench-data

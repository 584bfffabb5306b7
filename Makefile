# The two commands of the README: `make` installs what is missing, builds, and renders
# every profile in content/ to out/; `make test` builds and runs the whole test suite.

BUILD     := build
BROCHURE  := $(BUILD)/brochure
JOBS      := $(shell nproc 2>/dev/null || echo 2)
PROFILES  := $(wildcard content/*.yaml)
# Each profile twice: out/NAME.pdf for screens and e-mail, out/NAME.print.pdf for a printer.
PDFS      := $(patsubst content/%.yaml,out/%.pdf,$(PROFILES)) \
             $(patsubst content/%.yaml,out/%.print.pdf,$(PROFILES))
FONTS     := $(wildcard fonts/*.ttf)
# The profiles' logos and photos: a changed image renders the brochures again.
IMAGES    := $(wildcard content/images/*.png content/images/*.jpg content/images/*.svg)

.PHONY: all deps test bench deb clean FORCE

all: $(BROCHURE) $(PDFS)

# Cheap when everything is installed: it only asks dpkg.
deps:
	scripts/install-deps

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

# CMake knows what is out of date, so always ask it; make then sees from the file's time
# whether the executable changed, and re-renders only when it did.
$(BROCHURE): $(BUILD)/CMakeCache.txt FORCE | deps
	cmake --build $(BUILD) -j$(JOBS)

out/%.pdf: content/%.yaml $(BROCHURE) $(FONTS) $(IMAGES)
	@mkdir -p out
	$(BROCHURE) render $< -o $@

# Make prefers this rule for out/NAME.print.pdf: its stem is the shorter.
out/%.print.pdf: content/%.yaml $(BROCHURE) $(FONTS) $(IMAGES)
	@mkdir -p out
	$(BROCHURE) render $< --target print -o $@

test: $(BROCHURE)
	ctest --test-dir $(BUILD) --output-on-failure --no-tests=error

# Figures for docs/performance.md: a batch of 1000 brochures with one job and with every
# core, an incremental run, and a single render. Prints; asserts nothing.
bench: $(BROCHURE)
	bench/run-bench $(BROCHURE) 1000

# A Debian package of the install (build/brochure_VERSION_ARCH.deb), for CI machines and
# workstations: `dpkg -i` it, or `apt-get install ./build/brochure_*.deb` for its Depends.
deb: $(BROCHURE)
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD) out

FORCE:

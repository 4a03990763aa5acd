# The two commands of the README: `make demo` (main job on the bundled example) and `make test`.
BUILD ?= build
JOBS ?= 2

.PHONY: deps build demo test bench fuzz clean

deps:
	@bash scripts/setup.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j$(JOBS)

demo: build
	@mkdir -p out
	./$(BUILD)/cadscribe run examples/bracket.py -o out/bracket.step -o out/bracket.stl

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

bench: build
	./$(BUILD)/kernel_bench

clean:
	rm -rf $(BUILD) out

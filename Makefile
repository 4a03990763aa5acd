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
	./$(BUILD)/cadscribe render examples/bracket.py -o out/views --sheet
	./$(BUILD)/cadscribe score out/bracket.step examples/bracket.py
	./$(BUILD)/cadscribe reconstruct $(foreach i,0 1 2 3 4 5 6 7,out/views/bracket.$(i).png) -o out/bracket_reconstructed.py \
	  --sheet out/bracket_reconstructed.png --report out/bracket_reconstructed.json --budget 10
	./$(BUILD)/cadscribe run examples/flange.scad -o out/flange.stl
	./$(BUILD)/cadscribe make "a tall mug with a thick handle" -o out/mug.scad --stl out/mug.stl --png out/mug.png
	rm -rf out/dataset
	./$(BUILD)/cadscribe synth --count 16 --per-shard 8 --seed 1 --jobs $(JOBS) -o out/dataset --preview 16

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

bench: build
	./$(BUILD)/kernel_bench
	./$(BUILD)/mesh_bench
	./$(BUILD)/render_bench
	./$(BUILD)/metrics_bench
	./$(BUILD)/synth_bench
	./$(BUILD)/nn_bench
	bash bench/bench_pairs.sh ./$(BUILD)/cadscribe 1000 2
	bash bench/synth_throughput.sh ./$(BUILD)/cadscribe 1000 2

clean:
	rm -rf $(BUILD) out
